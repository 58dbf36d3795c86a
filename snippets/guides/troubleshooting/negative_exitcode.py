import ctypes
import os
import signal
from multiprocessing import Process


def crash():
    ctypes.string_at(0)  # reads address 0: a segmentation fault


def killed():
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    for target in [crash, killed]:
        child = Process(target=target)
        child.start()
        child.join()
        print(f"{target.__name__}: exitcode {child.exitcode}")
