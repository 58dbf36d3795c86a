"""How long does it take to start a process, or a pool, per start method?"""

import multiprocessing
import os
import statistics
import time

# BENCH_SIZE=full: the size the site's tables come from; unset: a quick run.
FULL_SIZE = os.environ.get("BENCH_SIZE") == "full"
REPEATS = 21 if FULL_SIZE else 3
POOL_WORKERS = 4 if FULL_SIZE else 2


def do_nothing(_=None):
    pass


def start_and_join(context):
    process = context.Process(target=do_nothing)
    process.start()
    process.join()


def pool_lifetime(context):
    pool = context.Pool(POOL_WORKERS)
    pool.map(do_nothing, range(POOL_WORKERS))
    pool.close()
    pool.join()  # waits until every worker has started and ended


def measure(action, *args):
    """Median, min and max seconds over REPEATS runs, after a warm-up."""
    action(*args)  # warm-up: imports, caches, the forkserver's own start
    seconds = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        action(*args)
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), min(seconds), max(seconds)


if __name__ == "__main__":
    print(f"start-up in ms, median of {REPEATS} runs (min-max)")
    results = {}
    for method in ("fork", "forkserver", "spawn"):
        if method not in multiprocessing.get_all_start_methods():
            continue  # only spawn exists on Windows
        context = multiprocessing.get_context(method)
        for label, action in [
            ("Process", start_and_join),
            (f"Pool({POOL_WORKERS})", pool_lifetime),
        ]:
            median, low, high = measure(action, context)
            results[f"{method} {label}"] = [median, low, high]
            print(
                f"{method:>10} {label:<8} {median * 1e3:7.1f} ms"
                f"  ({low * 1e3:.1f}-{high * 1e3:.1f})"
            )
