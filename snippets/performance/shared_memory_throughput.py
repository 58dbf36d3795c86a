"""Hand the same bytes to a child in shared memory; compare to a copy."""

import os
import statistics
import time
from multiprocessing import Pipe, Process, shared_memory

import numpy as np

# BENCH_SIZE=full: the size the site's tables come from; unset: a quick run.
FULL_SIZE = os.environ.get("BENCH_SIZE") == "full"
TOTAL_BYTES = 2**20 * (128 if FULL_SIZE else 8)
REPEATS = 11 if FULL_SIZE else 3


def receive(connection, block_name):
    block = shared_memory.SharedMemory(name=block_name)
    shared_array = np.ndarray((TOTAL_BYTES,), np.uint8, buffer=block.buf)
    while connection.recv() is not None:
        # "written": the new bytes are in shared_array already; otherwise
        # the message was an array that came through the pipe, pickled
        connection.send("ready")
    del shared_array  # a view of the block must go before the block closes
    block.close()


def copy_and_notify(target, source, connection):
    target[:] = source  # the one copy: into the shared block
    connection.send("written")
    connection.recv()


def send_pickled(source, connection):
    connection.send(source)
    connection.recv()


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
    source = np.random.default_rng().integers(0, 256, TOTAL_BYTES, np.uint8)
    private = np.empty_like(source)
    block = shared_memory.SharedMemory(create=True, size=TOTAL_BYTES)
    shared = np.ndarray(source.shape, source.dtype, buffer=block.buf)
    parent_end, child_end = Pipe()
    child = Process(target=receive, args=(child_end, block.name))
    child.start()
    results = {
        "memory copy": measure(np.copyto, private, source),
        "NumPy by Pipe send": measure(send_pickled, source, parent_end),
        "SharedMemory": measure(
            copy_and_notify, block.buf, source.tobytes(), parent_end
        ),
        "NumPy in SharedMemory": measure(
            copy_and_notify, shared, source, parent_end
        ),
    }
    parent_end.send(None)
    child.join()
    del shared
    block.close()
    block.unlink()

    print(f"{TOTAL_BYTES >> 20} MiB, median of {REPEATS} runs (min-max)")
    for label, (median, fastest, slowest) in results.items():
        share = results["memory copy"][0] / median
        print(
            f"{label:>21} {TOTAL_BYTES / median / 1e9:6.2f} GB/s"
            f" ({TOTAL_BYTES / slowest / 1e9:.2f}"
            f"-{TOTAL_BYTES / fastest / 1e9:.2f}) {share:4.0%} of a copy"
        )
