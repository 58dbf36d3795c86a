import time
from multiprocessing import Pool


def add_one(number):
    return number + 1


def seconds_for_imap(pool, numbers, chunksize):
    runs = []
    for _ in range(3):  # the best of 3, as timeit reports: a moment when
        start = time.perf_counter()  # the machine was busy does not count
        for _ in pool.imap(add_one, numbers, chunksize=chunksize):
            pass
        runs.append(time.perf_counter() - start)
    return min(runs)


if __name__ == "__main__":
    numbers = range(10_000)
    with Pool(processes=2) as pool:
        pool.map(add_one, range(10))  # let both workers start first
        one_at_a_time = seconds_for_imap(pool, numbers, chunksize=1)
        in_chunks = seconds_for_imap(pool, numbers, chunksize=500)
    print(f"imap, chunksize=1:   {one_at_a_time:.3f} s")
    print(f"imap, chunksize=500: {in_chunks:.3f} s")
    ratio = one_at_a_time / in_chunks
    print(f"chunksize=1 took {ratio:.0f} times as long")
    print("more than 5 times as long:", ratio > 5)
