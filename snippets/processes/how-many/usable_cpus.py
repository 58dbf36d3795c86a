import os


def usable_cpu_count():
    """How many CPUs this process may run on, on any platform."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13 and later
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):  # Linux and some other Unixes
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1  # macOS and Windows before 3.13


if __name__ == "__main__":
    print(f"usable CPUs: {usable_cpu_count()}")
