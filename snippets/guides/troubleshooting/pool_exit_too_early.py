import time
from multiprocessing import Pool


def slow_square(number):
    time.sleep(0.5)
    return number * number


if __name__ == "__main__":
    with Pool(2) as pool:
        squares = pool.map_async(slow_square, range(4))
    # Leaving the with block called pool.terminate(): no task will finish.
    print("waiting for the results...", flush=True)
    print(squares.get(timeout=2))  # without a timeout: forever
