import os
from multiprocessing import (
    Barrier,
    Process,
    active_children,
    current_process,
    parent_process,
)


def report(all_started):
    me, parent = current_process(), parent_process()
    print(
        f"{me.name}: parent is {parent.name},"
        f" os.getppid() matches: {parent.pid == os.getppid()}",
        flush=True,
    )
    all_started.wait()  # stay alive until the parent has looked


if __name__ == "__main__":
    all_started = Barrier(3)
    workers = [
        Process(target=report, args=(all_started,), name=f"worker-{number}")
        for number in (1, 2)
    ]
    for worker in workers:
        worker.start()
    print(f"{current_process().name}: parent is {parent_process()}")
    running = sorted(child.name for child in active_children())
    print(f"MainProcess: running children: {running}", flush=True)
    all_started.wait()
    for worker in workers:
        worker.join()
    print(f"MainProcess: after join: {active_children()}")
