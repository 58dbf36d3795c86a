"""Record when workers ran uneven tasks and when the parent got the results."""

import os
import time
from multiprocessing import Pool

SECONDS = [0.4, 0.1, 0.1, 0.1, 0.3, 0.1]


def uneven_task(seconds):
    started = time.monotonic_ns()
    time.sleep(seconds)
    return os.getpid(), "task", started, time.monotonic_ns(), f"{seconds}s"


def received(task):
    now = time.monotonic_ns()
    return "parent", "result received", now, now, task[4]


if __name__ == "__main__":
    timeline = {}
    with Pool(2) as pool:
        pool.map(
            time.sleep, [0.01] * 4
        )  # both workers are up before we record
        tasks = []
        for result in pool.map(uneven_task, SECONDS):
            tasks.append(result)
        timeline["map"] = tasks + [received(task) for task in tasks]
        tasks, receipts = [], []
        for result in pool.imap_unordered(uneven_task, SECONDS):
            tasks.append(result)
            receipts.append(received(result))
        timeline["imap_unordered"] = tasks + receipts
    for label, records in timeline.items():
        task_count = sum(record[1] == "task" for record in records)
        print(f"{label}: {task_count} tasks, {task_count} results received")
