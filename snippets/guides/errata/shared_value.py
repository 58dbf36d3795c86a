from multiprocessing import Lock, Process, Value


def job(total, lock, step):
    for _ in range(10):
        with lock:
            total.value += step


if __name__ == "__main__":
    total = Value("i", 0)
    lock = Lock()  # made here and passed on, so both children share it
    workers = [Process(target=job, args=(total, lock, n)) for n in (1, 3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(f"total: {total.value}")
