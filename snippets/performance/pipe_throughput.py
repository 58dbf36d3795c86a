"""Send the same bytes to a child by Pipe and by Queue; compare to a copy."""

import json
import multiprocessing
import os
import statistics
import time

# BENCH_SIZE=full: the size the site's tables come from; unset: a quick run.
FULL_SIZE = os.environ.get("BENCH_SIZE") == "full"
CHUNK_BYTES = 2**20
CHUNK_COUNT = 128 if FULL_SIZE else 8
REPEATS = 11 if FULL_SIZE else 3
KINDS = ("Pipe send_bytes", "Pipe send", "Queue")


def receive(kind, connection, queue):
    buffer = bytearray(CHUNK_COUNT * CHUNK_BYTES)
    for _ in range(1 + REPEATS):  # the warm-up and timed rounds of measure()
        for index in range(CHUNK_COUNT):
            if kind == "Pipe send_bytes":
                connection.recv_bytes_into(buffer, index * CHUNK_BYTES)
            elif kind == "Pipe send":
                connection.recv()  # unpickles a new bytes object
            else:
                queue.get()
        connection.send("all arrived")


def send(kind, connection, queue, chunks):
    for chunk in chunks:
        if kind == "Pipe send_bytes":
            connection.send_bytes(chunk)
        elif kind == "Pipe send":
            connection.send(chunk)  # pickles it first
        else:
            queue.put(chunk)  # a feeder thread pickles and sends it
    connection.recv()


def copy(buffer, chunks):  # the limit: one copy, within one process
    for index, chunk in enumerate(chunks):
        buffer[index * CHUNK_BYTES : (index + 1) * CHUNK_BYTES] = chunk


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
    chunks = [os.urandom(CHUNK_BYTES) for _ in range(CHUNK_COUNT)]
    buffer = bytearray(CHUNK_COUNT * CHUNK_BYTES)
    results = {"memory copy": measure(copy, buffer, chunks)}
    for kind in KINDS:
        parent_end, child_end = multiprocessing.Pipe()
        queue = multiprocessing.Queue()
        child = multiprocessing.Process(
            target=receive, args=(kind, child_end, queue)
        )
        child.start()
        results[kind] = measure(send, kind, parent_end, queue, chunks)
        child.join()

    total = CHUNK_COUNT * CHUNK_BYTES
    print(f"{CHUNK_COUNT} MiB in 1 MiB messages, median of {REPEATS} runs")
    for label, (median, fastest, slowest) in results.items():
        share = results["memory copy"][0] / median
        print(
            f"{label:>15} {total / median / 1e9:6.2f} GB/s"
            f" ({total / slowest / 1e9:.2f}-{total / fastest / 1e9:.2f})"
            f" {share:4.0%} of a copy"
        )
    if "BENCH_JSON" in os.environ:  # the site's bench session wants data
        settings = {
            name: value for name, value in globals().items() if name.isupper()
        }
        with open(os.environ["BENCH_JSON"], "w") as file:
            json.dump({"settings": settings, "seconds": results}, file)
