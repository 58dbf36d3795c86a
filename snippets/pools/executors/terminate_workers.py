import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor


def remember(semaphore):
    global calls_started
    calls_started = semaphore


def stuck(seconds):
    calls_started.release()
    time.sleep(seconds)  # stands for a call that never returns
    return seconds


if __name__ == "__main__":
    calls_started = multiprocessing.Semaphore(0)
    executor = ProcessPoolExecutor(
        max_workers=2, initializer=remember, initargs=(calls_started,)
    )
    futures = [executor.submit(stuck, 3600) for _ in range(2)]
    for _ in futures:
        calls_started.acquire()  # wait until each call runs in a worker
    executor.terminate_workers()
    for future in futures:
        error = future.exception()
        print(f"{type(error).__name__}: {error}")
    try:
        executor.submit(stuck, 1)
    except RuntimeError as error:
        print(f"submit() raised {type(error).__name__}")
