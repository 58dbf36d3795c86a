import os
from multiprocessing import Pool


def worker_pid(_):
    return os.getpid()


if __name__ == "__main__":
    for chunksize in (1, 3):
        with Pool(processes=1, maxtasksperchild=2) as pool:
            pids = pool.map(worker_pid, range(6), chunksize=chunksize)
        print(
            f"chunksize={chunksize}: {6 // chunksize} tasks, "
            f"worker processes used: {len(set(pids))}"
        )
