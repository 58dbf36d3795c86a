import multiprocessing
import os

if __name__ == "__main__":
    print(f"os.cpu_count():               {os.cpu_count()}")
    print(f"multiprocessing.cpu_count():  {multiprocessing.cpu_count()}")
    print(f"len(os.sched_getaffinity(0)): {len(os.sched_getaffinity(0))}")
