from multiprocessing import Process, Queue

import numpy as np

SEED = 12345


def draw(results):
    results.put(tuple(np.random.randint(0, 1_000_000, size=3)))


if __name__ == "__main__":
    np.random.seed(SEED)  # to make the run reproducible, or so we hope
    results = Queue()
    workers = [Process(target=draw, args=(results,)) for _ in range(4)]
    for worker in workers:
        worker.start()
    draws = [results.get() for _ in workers]
    for worker in workers:
        worker.join()

    seeded = np.random.RandomState(SEED)
    expected = tuple(seeded.randint(0, 1_000_000, size=3))
    print("workers:", len(draws))
    print("different draws:", len(set(draws)))
    print("draws that follow the seed:", draws.count(expected))
