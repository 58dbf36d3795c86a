import random
from multiprocessing import Process, Queue

SEED = 12345


def draw(results):
    results.put(tuple(random.randrange(1_000_000) for _ in range(3)))


if __name__ == "__main__":
    random.seed(SEED)
    results = Queue()
    workers = [Process(target=draw, args=(results,)) for _ in range(4)]
    for worker in workers:
        worker.start()
    draws = [results.get() for _ in workers]
    for worker in workers:
        worker.join()

    seeded = random.Random(SEED)
    expected = tuple(seeded.randrange(1_000_000) for _ in range(3))
    print("workers:", len(draws))
    print("different draws:", len(set(draws)))
    print("draws that follow the seed:", draws.count(expected))
