import time
from concurrent.futures import ProcessPoolExecutor


def stuck(seconds):
    time.sleep(seconds)  # stands for a call that never returns
    return seconds


if __name__ == "__main__":
    executor = ProcessPoolExecutor(max_workers=2)
    futures = [executor.submit(stuck, 3600) for _ in range(2)]
    while not all(future.running() for future in futures):
        time.sleep(0.01)
    executor.terminate_workers()
    for future in futures:
        error = future.exception()
        print(f"{type(error).__name__}: {error}")
    try:
        executor.submit(stuck, 1)
    except RuntimeError as error:
        print(f"submit() raised {type(error).__name__}")
