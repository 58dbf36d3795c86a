"""Record four workers waiting for and holding one lock."""

import time
from itertools import pairwise
from multiprocessing import Lock, Process, Queue, current_process

ROUNDS = 2


def worker(lock, records):
    name = current_process().name
    for _ in range(ROUNDS):
        wanted = time.monotonic_ns()
        with lock:
            got = time.monotonic_ns()
            time.sleep(0.05)
            released = time.monotonic_ns()
        records.put((name, "waiting", wanted, got, ""))
        records.put((name, "holding", got, released, ""))


if __name__ == "__main__":
    lock, records = Lock(), Queue()
    workers = [
        Process(target=worker, args=(lock, records), name=f"worker {number}")
        for number in range(1, 5)
    ]
    for process in workers:
        process.start()
    timeline = {"lock": [records.get() for _ in range(2 * ROUNDS * 4)]}
    for process in workers:
        process.join()
    holding = sorted(r[2:4] for r in timeline["lock"] if r[1] == "holding")
    overlap = any(
        later[0] < earlier[1] for earlier, later in pairwise(holding)
    )
    print(f"{len(holding)} turns with the lock; any two overlap: {overlap}")
