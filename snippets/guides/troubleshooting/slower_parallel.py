import time
from multiprocessing import Pool


def square(number):
    return number * number


if __name__ == "__main__":
    numbers = range(10_000)
    started = time.perf_counter()
    serial = [square(n) for n in numbers]
    serial_seconds = time.perf_counter() - started

    with Pool(2) as pool:
        started = time.perf_counter()
        parallel = pool.map(square, numbers, chunksize=1)
        parallel_seconds = time.perf_counter() - started

    print(f"serial:   {serial_seconds:.3f} s")
    print(f"parallel: {parallel_seconds:.3f} s")
    print(f"parallel is slower: {parallel_seconds > serial_seconds}")
