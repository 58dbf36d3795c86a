from multiprocessing import Process
from multiprocessing.sharedctypes import RawArray

WORKERS = 2
SIZE = 8


def fill_squares(numbers, worker_id):
    # Each worker writes only its own half, so no lock is needed.
    for index in range(worker_id, SIZE, WORKERS):
        numbers[index] = index * index


if __name__ == "__main__":
    numbers = RawArray("q", SIZE)  # 64-bit integers, no lock
    workers = [
        Process(target=fill_squares, args=(numbers, worker_id))
        for worker_id in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(list(numbers))
