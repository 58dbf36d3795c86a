"""Record an executor's workers, and when as_completed handed each future."""

import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed

SECONDS = [0.3, 0.1, 0.2, 0.1, 0.1, 0.2]


def uneven_task(seconds):
    started = time.monotonic_ns()
    time.sleep(seconds)
    return os.getpid(), "task", started, time.monotonic_ns(), f"{seconds}s"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        list(executor.map(time.sleep, [0.01] * 4))  # workers up first
        futures = [executor.submit(uneven_task, s) for s in SECONDS]
        records = []
        for future in as_completed(futures):
            now = time.monotonic_ns()
            task = future.result()
            records += [task, ("parent", "future done", now, now, task[4])]
    timeline = {"as_completed": records}
    print(f"{len(futures)} futures completed, {len(records)} records")
