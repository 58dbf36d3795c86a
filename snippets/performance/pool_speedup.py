"""Speed-up of Pool.map and ProcessPoolExecutor.map over a serial loop."""

import multiprocessing
import os
import statistics
import time
from concurrent.futures import ProcessPoolExecutor

# BENCH_SIZE=full: the size the site's tables come from; unset: a quick run.
FULL_SIZE = os.environ.get("BENCH_SIZE") == "full"
CPUS = os.cpu_count() or 1
WORKER_COUNTS = [*range(1, CPUS + 1), 2 * CPUS] if FULL_SIZE else [1, 2]
TASK_COUNT = 32 if FULL_SIZE else 8
STEPS_PER_TASK = 200_000 if FULL_SIZE else 20_000
REPEATS = 7 if FULL_SIZE else 3


def burn(steps):  # pure Python arithmetic: CPU-bound, holds the GIL
    total = 0
    for number in range(steps):
        total += number * number
    return total


def serial_map(function, items):
    return list(map(function, items))


def measure(action, *args):
    """Median, min and max seconds over REPEATS runs, after a warm-up."""
    action(*args)  # also starts every worker of a pool
    seconds = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        list(action(*args))
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), min(seconds), max(seconds)


if __name__ == "__main__":
    tasks = [STEPS_PER_TASK] * TASK_COUNT
    results = {"serial": measure(serial_map, burn, tasks)}
    for workers in WORKER_COUNTS:
        with multiprocessing.Pool(workers) as pool:
            results[f"Pool.map {workers}"] = measure(pool.map, burn, tasks)
        with ProcessPoolExecutor(workers) as executor:
            results[f"Executor.map {workers}"] = measure(
                executor.map, burn, tasks
            )

    print(f"{TASK_COUNT} tasks; seconds, median of {REPEATS} (min-max)")
    print("             workers  seconds            speed-up")
    for label, (median, fastest, slowest) in results.items():
        name, _, workers = label.partition(" ")
        speedup = results["serial"][0] / median
        print(
            f"{name:<12} {workers or '-':>7} {median:8.3f}"
            f" ({fastest:.3f}-{slowest:.3f}) {speedup:5.2f}"
        )
