from multiprocessing import Process, Queue


def parse_number(index, text, result_queue):
    try:
        result_queue.put((index, int(text), None))
    except ValueError as error:
        result_queue.put((index, None, error))  # a result in every case


if __name__ == "__main__":
    texts = ["12", "x7", "-3"]
    result_queue = Queue()
    workers = [
        Process(target=parse_number, args=(index, text, result_queue))
        for index, text in enumerate(texts)
    ]
    for worker in workers:
        worker.start()
    results = sorted(result_queue.get() for _ in workers)  # before join()
    for worker in workers:
        worker.join()
    for index, number, error in results:
        if error is None:
            print(f"{texts[index]!r} -> {number}")
        else:
            print(f"{texts[index]!r} -> failed: {error!r}")
