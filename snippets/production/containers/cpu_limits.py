import multiprocessing
import os
import time

import container
from cgroup_cpu import cpu_quota, throttled_periods, usable_cpus


def burn(seconds):
    """Keep a CPU busy for this much CPU time."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def show_cpus():
    print("  os.cpu_count():         ", os.cpu_count())
    print("  os.sched_getaffinity(0):", os.sched_getaffinity(0))
    if hasattr(os, "process_cpu_count"):  # Python 3.13 and later
        print("  os.process_cpu_count(): ", os.process_cpu_count())
    with multiprocessing.Pool() as pool:
        workers = len(multiprocessing.active_children())
        pool.map(burn, [0.2] * workers)
    print("  Pool() workers:         ", workers)
    print("  throttled:              ", throttled_periods() > 0)
    print("  cgroup CPU quota:       ", cpu_quota())
    print("  usable_cpus():          ", usable_cpus(), flush=True)


if __name__ == "__main__":
    print("--cpus=0.5", flush=True)
    container.run(show_cpus, cpus=0.5)
    print("--cpuset-cpus=0", flush=True)
    container.run(show_cpus, cpuset_cpus="0")
