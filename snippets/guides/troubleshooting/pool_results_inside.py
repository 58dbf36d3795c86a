import time
from multiprocessing import Pool


def slow_square(number):
    time.sleep(0.5)
    return number * number


if __name__ == "__main__":
    with Pool(2) as pool:
        squares = pool.map_async(slow_square, range(4))
        print(squares.get())  # inside the block, while the pool runs
