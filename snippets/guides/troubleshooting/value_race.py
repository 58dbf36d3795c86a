from multiprocessing import Barrier, Process, Value

INCREMENTS = 50_000


def count(counter, start_line):
    start_line.wait()  # start both workers at the same moment
    for _ in range(INCREMENTS):
        counter.value += 1  # a read, then a write: not one step


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
    print(f"updates lost: {counter.value < 2 * INCREMENTS}")
