import os
import sys
import time
from multiprocessing import Process


def show_pids():
    print(
        f"child: my pid is {os.getpid()}, my parent's is {os.getppid()}",
        flush=True,
    )


def fail():
    raise ValueError("something went wrong")


def exit_with(code):
    sys.exit(code)


if __name__ == "__main__":
    print(f"parent: my pid is {os.getpid()}", flush=True)
    children = {
        "returned normally": Process(target=show_pids),
        "raised ValueError": Process(target=fail),
        "called sys.exit(3)": Process(target=exit_with, args=(3,)),
    }
    for outcome, child in children.items():
        child.start()
        child.join()
        print(f"{outcome}: exitcode {child.exitcode}", flush=True)

    sleeper = Process(target=time.sleep, args=(60,))
    sleeper.start()
    sleeper.terminate()  # sends SIGTERM on POSIX
    sleeper.join()
    print(f"terminated: exitcode {sleeper.exitcode}")
