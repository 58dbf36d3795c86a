"""The cost of a first result: a new ProcessPoolExecutor or loky's."""

import os
import statistics
import time
from concurrent.futures import ProcessPoolExecutor

from joblib.externals.loky import get_reusable_executor

# BENCH_SIZE=full: the size the site's figures come from; unset: a quick run.
FULL_SIZE = os.environ.get("BENCH_SIZE") == "full"
WORKERS = 2
REPEATS = 21 if FULL_SIZE else 3


def square(number):
    return number * number


def new_process_pool():
    with ProcessPoolExecutor(WORKERS) as executor:
        executor.submit(square, 3).result()


def new_loky_executor():
    executor = get_reusable_executor(max_workers=WORKERS)
    executor.submit(square, 3).result()
    executor.shutdown(wait=True)  # the next call starts a new one


def reused_loky_executor():
    get_reusable_executor(max_workers=WORKERS).submit(square, 3).result()


def measure(action):
    """Median, min and max milliseconds over REPEATS runs, after a warm-up."""
    action()
    seconds = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        seconds.append(time.perf_counter() - started)
    spread = statistics.median(seconds), min(seconds), max(seconds)
    return [1e3 * s for s in spread]


if __name__ == "__main__":
    print(f"one task on {WORKERS} workers, ms, median of {REPEATS} (min-max)")
    results = {}
    for label, action in [
        ("new ProcessPoolExecutor", new_process_pool),
        ("new loky executor", new_loky_executor),
        ("reused loky executor", reused_loky_executor),
    ]:
        results[label] = median, fastest, slowest = measure(action)
        print(f"{label:<24} {median:7.1f} ({fastest:.1f}-{slowest:.1f})")
