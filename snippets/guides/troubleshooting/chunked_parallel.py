import time
from multiprocessing import Pool


def square(number):
    return number * number


def timed_map(pool, numbers, chunksize):
    runs = []
    for _ in range(3):  # the best of 3, so a busy moment does not decide
        started = time.perf_counter()
        pool.map(square, numbers, chunksize=chunksize)
        runs.append(time.perf_counter() - started)
    return min(runs)


if __name__ == "__main__":
    numbers = range(10_000)
    with Pool(2) as pool:
        one_by_one = timed_map(pool, numbers, chunksize=1)
        batched = timed_map(pool, numbers, chunksize=2_500)
    print(f"chunksize=1:     {one_by_one:.3f} s")
    print(f"chunksize=2_500: {batched:.3f} s")
    print(f"batches are faster: {batched < one_by_one}")
