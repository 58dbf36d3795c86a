"""Matrix products in a pool: the BLAS's own threads against one each."""

import os
import statistics
import time
from concurrent.futures import ProcessPoolExecutor

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits

# BENCH_SIZE=full: the size the site's figures come from; unset: a quick run.
FULL_SIZE = os.environ.get("BENCH_SIZE") == "full"
WORKERS = os.cpu_count() or 1
TASK_COUNT = 4 * WORKERS if FULL_SIZE else 2 * WORKERS
MATRIX_SIZE = 400
PRODUCTS_PER_TASK = 20 if FULL_SIZE else 2
REPEATS = 5 if FULL_SIZE else 3


def multiply(seed):
    matrix = np.random.default_rng(seed).random((MATRIX_SIZE, MATRIX_SIZE))
    for _ in range(PRODUCTS_PER_TASK):
        product = matrix @ matrix
    return float(product[0, 0])


def blas_threads(_=None):
    return sum(pool["num_threads"] for pool in threadpool_info())


def measure(executor):
    """Median, min and max seconds over REPEATS runs, after a warm-up."""
    seeds = range(TASK_COUNT)
    list(executor.map(multiply, seeds))  # also starts every worker
    seconds = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        list(executor.map(multiply, seeds))
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), min(seconds), max(seconds)


if __name__ == "__main__":
    print(f"{WORKERS} workers, {TASK_COUNT} tasks; median of {REPEATS}")
    results = {}
    for label, limit in [("BLAS default", None), ("1 BLAS thread", 1)]:
        with ProcessPoolExecutor(
            WORKERS, initializer=threadpool_limits, initargs=(limit,)
        ) as executor:
            threads = executor.submit(blas_threads).result()
            results[label] = measure(executor)
        median, fastest, slowest = results[label]
        print(
            f"{label:<13} {threads} threads per worker: {median:6.3f} s"
            f" ({fastest:.3f}-{slowest:.3f})"
        )
    ratio = results["BLAS default"][0] / results["1 BLAS thread"][0]
    print(f"default / one thread: {ratio:.2f}")
