"""Send the same bytes to a child by Pipe and by Queue; compare to a copy."""

import multiprocessing
import os
import statistics
import time

# BENCH_SIZE=full: the size the site's tables come from; unset: a quick run.
FULL_SIZE = os.environ.get("BENCH_SIZE") == "full"
CHUNK_BYTES = 2**20
CHUNK_COUNT = 128 if FULL_SIZE else 8
REPEATS = 11 if FULL_SIZE else 3


def queue_ends():
    shared_queue = multiprocessing.Queue()
    return shared_queue, shared_queue  # one object serves both ends


def send_bytes(connection, chunk):
    connection.send_bytes(chunk)


def send_pickled(connection, chunk):
    connection.send(chunk)  # pickles it first


def put_on_queue(shared_queue, chunk):
    shared_queue.put(chunk)  # a feeder thread pickles and sends it


def receive_bytes(connection, buffer, index):
    connection.recv_bytes_into(buffer, index * CHUNK_BYTES)


def receive_pickled(connection, buffer, index):
    connection.recv()  # unpickles a new bytes object


def get_from_queue(shared_queue, buffer, index):
    shared_queue.get()


def receive(receive_one, receiving_end, done):
    buffer = bytearray(CHUNK_COUNT * CHUNK_BYTES)
    for _ in range(1 + REPEATS):  # the warm-up and timed rounds of measure()
        for index in range(CHUNK_COUNT):
            receive_one(receiving_end, buffer, index)
        done.send("all arrived")


def send(send_one, sending_end, chunks, done):
    for chunk in chunks:
        send_one(sending_end, chunk)
    done.recv()


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
    ways = {  # label: (make the two ends, send one chunk, receive one chunk)
        "Pipe send_bytes": (multiprocessing.Pipe, send_bytes, receive_bytes),
        "Pipe send": (multiprocessing.Pipe, send_pickled, receive_pickled),
        "Queue": (queue_ends, put_on_queue, get_from_queue),
    }
    for label, (make_ends, send_one, receive_one) in ways.items():
        sending_end, receiving_end = make_ends()
        done_receiver, done_sender = multiprocessing.Pipe(duplex=False)
        child = multiprocessing.Process(
            target=receive, args=(receive_one, receiving_end, done_sender)
        )
        child.start()
        results[label] = measure(
            send, send_one, sending_end, chunks, done_receiver
        )
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
