from multiprocessing import Lock, Process


def report(lock, number):
    with lock:  # released even if print raises
        print(f"Hello Num: {number}")


if __name__ == "__main__":
    lock = Lock()
    processes = [Process(target=report, args=(lock, n)) for n in range(5)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
