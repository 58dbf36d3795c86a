import os


def show(label):
    print(
        f"{label}: cpu_count {os.cpu_count()},"
        f" process_cpu_count {os.process_cpu_count()}"
    )


if __name__ == "__main__":
    show("before")
    first_cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {first_cpu})  # allow this process one CPU only
    show("after ")
