"""This process's CPU limits from its control group (Linux, cgroup v1
or v2), which os.cpu_count() and os.process_cpu_count() do not read."""

import math
import os


def cgroup_file(name):
    """The path of a file of this process's cgroup, or None."""
    with open("/proc/self/cgroup") as file:
        for line in file:
            _, controllers, path = line.rstrip("\n").split(":", 2)
            if controllers == "":  # cgroup v2: "0::/path"
                folder = "/sys/fs/cgroup"
            elif "cpu" in controllers.split(","):  # v1: "4:cpu,cpuacct:/path"
                folder = "/sys/fs/cgroup/cpu"
            else:
                continue
            # A container may see its own group as the root of the mount.
            for candidate in (f"{folder}{path}/{name}", f"{folder}/{name}"):
                if os.path.exists(candidate):
                    return candidate
    return None


def read(name):
    """The words of a file of this process's cgroup, or None."""
    path = cgroup_file(name)
    if path is None:
        return None
    with open(path) as file:
        return file.read().split()


def cpu_quota():
    """The CPUs' worth of time this process may use, or None: no quota."""
    if cpu_max := read("cpu.max"):  # v2: "50000 100000" or "max 100000"
        quota, period = cpu_max
    elif v1_quota := read("cpu.cfs_quota_us"):  # v1: "50000" or "-1"
        quota, period = v1_quota[0], read("cpu.cfs_period_us")[0]
    else:
        return None
    if quota in ("max", "-1"):
        return None
    return int(quota) / int(period)


def throttled_periods():
    """In how many periods the quota stopped this cgroup's processes."""
    words = read("cpu.stat") or []  # "nr_periods 36 nr_throttled 35 ..."
    if "nr_throttled" not in words:
        return 0
    return int(words[words.index("nr_throttled") + 1])


def usable_cpus():
    """The number of workers to start: affinity and quota both count."""
    count = len(os.sched_getaffinity(0))
    quota = cpu_quota()
    if quota is not None:
        count = min(count, math.ceil(quota))
    return count


if __name__ == "__main__":
    print("CPU quota:", cpu_quota())
    print("usable CPUs:", usable_cpus())
