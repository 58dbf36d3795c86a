import multiprocessing
import signal
import time
from concurrent.futures import ProcessPoolExecutor


def ignore_sigterm(event):
    global call_started
    call_started = event
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def stuck(seconds):
    call_started.set()
    time.sleep(seconds)  # stands for a call that never returns
    return seconds


if __name__ == "__main__":
    call_started = multiprocessing.Event()
    executor = ProcessPoolExecutor(
        max_workers=1, initializer=ignore_sigterm, initargs=(call_started,)
    )
    future = executor.submit(stuck, 3600)
    call_started.wait()  # the worker runs the call and ignores SIGTERM
    executor.kill_workers()
    print(f"after kill_workers(): {type(future.exception()).__name__}")
