import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def crash():
    os._exit(1)  # the worker dies at once, without raising anything


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(crash)
        try:
            future.result(timeout=30)
        except BrokenProcessPool as error:
            print("result() raised BrokenProcessPool:", error)
        try:
            executor.submit(abs, -1)
        except BrokenProcessPool as error:
            print("submit() raised BrokenProcessPool:", error)

    with ProcessPoolExecutor(max_workers=1) as executor:
        worker_pid = executor.submit(os.getpid).result(timeout=30)
        os.kill(worker_pid, signal.SIGKILL)  # as the kernel's OOM killer
        try:
            executor.submit(abs, -1).result(timeout=30)
        except BrokenProcessPool:
            print("after SIGKILL to a worker: BrokenProcessPool")
