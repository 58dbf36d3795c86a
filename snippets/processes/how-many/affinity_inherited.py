import os
from multiprocessing import Process


def report():
    print(f"child may use {len(os.sched_getaffinity(0))} CPU(s)", flush=True)


if __name__ == "__main__":
    first_cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {first_cpu})
    print(f"parent may use {len(os.sched_getaffinity(0))} CPU(s)", flush=True)
    child = Process(target=report)
    child.start()
    child.join()
