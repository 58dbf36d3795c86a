"""Start-up of a forkserver child that uses NumPy, with and without preload."""

import multiprocessing
import os
import statistics
import sys
import time

# PRELOAD_NUMPY=no: the same run without the preload, to compare.
PRELOAD_NUMPY = os.environ.get("PRELOAD_NUMPY", "yes") == "yes"
# BENCH_SIZE=full: the size the site's figures come from; unset: a quick run.
REPEATS = 21 if os.environ.get("BENCH_SIZE") == "full" else 3


def use_numpy(already_there):
    already_there.value = "numpy" in sys.modules
    import numpy  # costs a full import unless the server preloaded it

    numpy.zeros(1)


def start_and_join(context, already_there):
    process = context.Process(target=use_numpy, args=(already_there,))
    process.start()
    process.join()


if __name__ == "__main__":
    context = multiprocessing.get_context("forkserver")
    if PRELOAD_NUMPY:
        context.set_forkserver_preload(["numpy"])
    already_there = context.Value("b", False)
    start_and_join(context, already_there)  # warm-up: starts the server
    seconds = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        start_and_join(context, already_there)
        seconds.append(time.perf_counter() - started)
    spread = statistics.median(seconds), min(seconds), max(seconds)
    results = {"start and join": spread}
    median, fastest, slowest = (1e3 * s for s in spread)
    print(f"numpy preloaded in the fork server: {PRELOAD_NUMPY}")
    print(f"numpy already imported in the child: {bool(already_there.value)}")
    print(
        f"start, import numpy, join: {median:.1f} ms, median of {REPEATS}"
        f" ({fastest:.1f}-{slowest:.1f})"
    )
