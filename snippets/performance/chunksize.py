"""Many tiny tasks: how chunksize changes the cost of each one."""

import multiprocessing
import os
import statistics
import time
from concurrent.futures import ProcessPoolExecutor

# BENCH_SIZE=full: the size the site's tables come from; unset: a quick run.
FULL_SIZE = os.environ.get("BENCH_SIZE") == "full"
WORKERS = 4 if FULL_SIZE else 2
TASK_COUNT = 20_000 if FULL_SIZE else 1_000
CHUNKSIZES = (1, 10, 100, 1000)
REPEATS = 7 if FULL_SIZE else 3


def square(number):  # far less work than sending it to a worker
    return number * number


def measure(action, *args, **kwargs):
    """Median, min and max seconds over REPEATS runs, after a warm-up."""
    list(action(*args, **kwargs))
    seconds = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        list(action(*args, **kwargs))
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), min(seconds), max(seconds)


if __name__ == "__main__":
    numbers = range(TASK_COUNT)
    results = {}
    with multiprocessing.Pool(WORKERS) as pool:
        results["Pool.map default"] = measure(pool.map, square, numbers)
        for size in CHUNKSIZES:
            results[f"Pool.map {size}"] = measure(
                pool.map, square, numbers, chunksize=size
            )
    with ProcessPoolExecutor(WORKERS) as executor:
        for size in CHUNKSIZES:
            results[f"Executor.map {size}"] = measure(
                executor.map, square, numbers, chunksize=size
            )

    print(f"{TASK_COUNT} tasks; microseconds per task, median (min-max)")
    for label, seconds in results.items():
        name, _, chunksize = label.partition(" ")
        median, fastest, slowest = (1e6 * s / TASK_COUNT for s in seconds)
        print(
            f"{name:<12} chunksize {chunksize:>7} {median:7.1f}"
            f" ({fastest:.1f}-{slowest:.1f})"
        )
