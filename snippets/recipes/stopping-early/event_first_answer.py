import itertools
from multiprocessing import Event, Process

TARGET = 1_522_756
WORKER_COUNT = 3


def search(worker_number, found):
    # Worker k checks k, k + 3, k + 6, ...: an endless search
    for number in itertools.count(worker_number, WORKER_COUNT):
        if found.is_set():
            print(f"worker {worker_number}: stopped", flush=True)
            return
        if number * number == TARGET:
            print(f"worker {worker_number}: found {number}", flush=True)
            found.set()
            return


if __name__ == "__main__":
    found = Event()
    workers = [
        Process(target=search, args=(number, found))
        for number in range(WORKER_COUNT)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print("all workers stopped")
