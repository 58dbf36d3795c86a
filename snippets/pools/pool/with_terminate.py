import time
from multiprocessing import Pool, TimeoutError


def slow_square(number):
    time.sleep(0.2)
    return number * number


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        pending = pool.map_async(slow_square, range(4))
    # Leaving the block called pool.terminate(): the tasks were dropped.
    print("ready:", pending.ready())
    try:
        pending.get(timeout=1)
    except TimeoutError:
        print("get() timed out: these results will never arrive")

    with Pool(processes=2) as pool:
        pending = pool.map_async(slow_square, range(4))
        results = pending.get()  # inside the block: wait for them here
    print("collected inside the block:", results)
