from multiprocessing import Barrier, Process, Value

INCREMENTS = 50_000


def count(counter, start_line):
    start_line.wait()
    for _ in range(INCREMENTS):
        with counter.get_lock():  # read and write as one step
            counter.value += 1


if __name__ == "__main__":
    counter = Value("i", 0)
    start_line = Barrier(2)
    workers = [
        Process(target=count, args=(counter, start_line)) for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(f"expected {2 * INCREMENTS}, got {counter.value}")
