"""Record how long each start method takes to start a child and end it."""

import multiprocessing
import time

METHODS = ["fork", "forkserver", "spawn"]


def target(connection):
    started = time.monotonic_ns()
    connection.send((started, time.monotonic_ns()))


if __name__ == "__main__":
    timeline = {}
    for method in METHODS:
        context = multiprocessing.get_context(method)
        records = []
        for number in (1, 2):
            lane = f"child {number}"
            receiver, sender = context.Pipe(duplex=False)
            asked = time.monotonic_ns()
            child = context.Process(target=target, args=(sender,))
            child.start()
            target_started, target_ended = receiver.recv()
            child.join()
            joined = time.monotonic_ns()
            records += [
                (lane, "starting", asked, target_started, ""),
                (lane, "target", target_started, target_ended, ""),
                (lane, "ending", target_ended, joined, ""),
            ]
        timeline[method] = records
        print(f"{method}: 2 children started, ran their target and ended")
