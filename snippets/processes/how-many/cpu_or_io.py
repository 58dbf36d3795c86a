import time
from multiprocessing import Process


def count_down(steps):
    while steps:
        steps -= 1


def wait_for_reply(seconds):
    time.sleep(seconds)  # stands in for a network or disk wait


def measure(task, argument):
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    task(argument)
    wall = time.perf_counter() - wall_start
    cpu = time.process_time() - cpu_start
    print(
        f"{task.__name__}: {wall:.2f} s elapsed,"
        f" {cpu:.2f} s of CPU ({cpu / wall:.0%} busy)",
        flush=True,
    )


if __name__ == "__main__":
    for task, argument in ((count_down, 2_000_000), (wait_for_reply, 0.5)):
        worker = Process(target=measure, args=(task, argument))
        worker.start()
        worker.join()
