from multiprocessing import Barrier, Process, Value

WORKERS = 4
INCREMENTS = 50_000


def count(counter, start_together):
    start_together.wait()
    for _ in range(INCREMENTS):
        with counter.get_lock():  # one process at a time
            counter.value += 1


if __name__ == "__main__":
    counter = Value("i", 0)
    start_together = Barrier(WORKERS)
    workers = [
        Process(target=count, args=(counter, start_together))
        for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    expected = WORKERS * INCREMENTS
    print(f"expected {expected}, counted {counter.value}")
    print(f"updates lost: {counter.value < expected}")
