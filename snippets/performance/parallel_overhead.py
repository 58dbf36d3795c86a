"""When is a Pool slower than a plain loop? Vary the work, time both."""

import multiprocessing
import os
import statistics
import time

# BENCH_SIZE=full: the size the site's tables come from; unset: a quick run.
FULL_SIZE = os.environ.get("BENCH_SIZE") == "full"
WORKERS = 2
TASK_COUNT = 4 * WORKERS
STEP_COUNTS = (
    (10**2, 10**3, 10**4, 10**5, 10**6) if FULL_SIZE else (10**3, 10**5)
)
REPEATS = 7 if FULL_SIZE else 1


def burn(steps):  # pure Python arithmetic: CPU-bound, holds the GIL
    total = 0
    for number in range(steps):
        total += number * number
    return total


def serial(tasks):
    return [burn(steps) for steps in tasks]


def parallel(tasks):  # the whole cost, as a script pays it: start to end
    with multiprocessing.Pool(WORKERS) as pool:
        return pool.map(burn, tasks)


def measure(action, *args):
    """Median, min and max seconds over REPEATS runs, after a warm-up."""
    action(*args)
    seconds = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        action(*args)
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), min(seconds), max(seconds)


if __name__ == "__main__":
    results = {}
    for steps in STEP_COUNTS:
        tasks = [steps] * TASK_COUNT
        results[f"serial {steps}"] = measure(serial, tasks)
        results[f"Pool {steps}"] = measure(parallel, tasks)

    method = multiprocessing.get_start_method()
    print(f"{TASK_COUNT} tasks, {WORKERS} workers, start method {method}")
    print("steps/task   serial ms   Pool ms   Pool/serial")
    for steps in STEP_COUNTS:
        serial_ms = results[f"serial {steps}"][0] * 1e3
        pool_ms = results[f"Pool {steps}"][0] * 1e3
        print(
            f"{steps:>10} {serial_ms:11.1f} {pool_ms:9.1f}"
            f" {pool_ms / serial_ms:13.2f}"
        )
