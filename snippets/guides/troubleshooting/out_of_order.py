from multiprocessing import Lock, Process


def work(number, print_lock):
    with print_lock:  # whole lines however output is buffered; any order
        print(f"worker {number} done", flush=True)


if __name__ == "__main__":
    print_lock = Lock()
    workers = [Process(target=work, args=(n, print_lock)) for n in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
