import multiprocessing


def add_tags(tags, worker_number):
    tags.add(f"worker-{worker_number}")
    tags.add("seen")


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        tags = manager.set()
        workers = [
            multiprocessing.Process(target=add_tags, args=(tags, number))
            for number in range(3)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print(sorted(tags))
