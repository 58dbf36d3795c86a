import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor


def worker_pid(_):
    return os.getpid()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2, max_tasks_per_child=1) as pool:
        pids = list(pool.map(worker_pid, range(6)))
    print("6 tasks, worker processes used:", len(set(pids)))

    try:
        ProcessPoolExecutor(
            max_tasks_per_child=1,
            mp_context=multiprocessing.get_context("fork"),
        )
    except ValueError as error:
        print("ValueError:", error)
