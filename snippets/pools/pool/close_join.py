import time
from multiprocessing import Pool


def slow_square(number):
    time.sleep(0.1)
    return number * number


if __name__ == "__main__":
    pool = Pool(processes=2)
    pending = [pool.apply_async(slow_square, (n,)) for n in range(5)]
    pool.close()  # no new tasks; the queued ones still run
    try:
        pool.apply_async(slow_square, (5,))
    except ValueError as error:
        print("after close():", error)
    pool.join()  # wait until the workers have finished and exited
    print("results:", [result.get() for result in pending])
