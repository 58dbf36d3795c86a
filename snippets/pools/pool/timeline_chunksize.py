"""Record when each worker ran each tiny task, with and without chunks."""

import os
import time
from multiprocessing import Pool

TASK_COUNT = 200


def tiny_task(number):
    started = time.monotonic_ns()
    sum(range(2_000))
    return os.getpid(), "task", started, time.monotonic_ns(), str(number)


if __name__ == "__main__":
    timeline = {}
    with Pool(2) as pool:
        pool.map(tiny_task, range(20))  # both workers are up before we record
        for chunksize in (1, None):
            label = f"chunksize={chunksize or 'default'}"
            timeline[label] = pool.map(
                tiny_task, range(TASK_COUNT), chunksize=chunksize
            )
    for label, records in timeline.items():
        print(f"{label}: {len(records)} tasks recorded")
