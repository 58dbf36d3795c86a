import signal
import time
from concurrent.futures import ProcessPoolExecutor


def ignore_sigterm():
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def stuck(seconds):
    time.sleep(seconds)  # stands for a call that never returns
    return seconds


if __name__ == "__main__":
    executor = ProcessPoolExecutor(max_workers=1, initializer=ignore_sigterm)
    executor.submit(abs, 0).result()  # the worker is up and ignores SIGTERM
    future = executor.submit(stuck, 3600)
    while not future.running():
        time.sleep(0.01)
    executor.kill_workers()
    print(f"after kill_workers(): {type(future.exception()).__name__}")
