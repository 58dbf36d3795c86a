from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def square(number):
    return number * number


def sum_of_squares(numbers):
    with Pool(2) as inner_pool:
        return sum(inner_pool.map(square, numbers))


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(sum_of_squares, [[1, 2], [3, 4]])))
