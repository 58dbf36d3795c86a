import time
from multiprocessing import Pipe, Process
from multiprocessing.connection import wait


def work(seconds, connection):
    time.sleep(seconds)  # a real task would compute; one of them never ends
    connection.send(f"slept {seconds} s")


def run_all(durations, limit):
    """Run each task in a process of its own; stop the ones still running
    after `limit` seconds, and only those."""
    running = {}
    for seconds in durations:
        receiver, sender = Pipe(duplex=False)
        process = Process(target=work, args=(seconds, sender))
        process.start()
        sender.close()  # the child holds the sending end now
        running[receiver] = (seconds, process)
    deadline = time.monotonic() + limit
    results = {}
    while running:
        left = deadline - time.monotonic()
        ready = wait(list(running), timeout=max(left, 0))
        if not ready:
            break  # time is up for every task still running
        for receiver in ready:
            seconds, process = running.pop(receiver)
            results[seconds] = receiver.recv()
            process.join()
    for seconds, process in running.values():
        process.terminate()
        process.join()
        results[seconds] = f"stopped after {limit} s ({process.exitcode})"
    return results


if __name__ == "__main__":
    results = run_all([0.1, 3600, 0.2], limit=3)
    for seconds in sorted(results):
        print(f"task of {seconds} s: {results[seconds]}")
