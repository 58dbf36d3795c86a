from multiprocessing import Pool


def square(number):
    return number * number


def sum_of_squares(numbers):
    with Pool(2) as inner_pool:  # a pool inside a pool's worker
        return sum(inner_pool.map(square, numbers))


if __name__ == "__main__":
    outer_pool = Pool(2)
    try:
        print(outer_pool.map(sum_of_squares, [[1, 2], [3, 4]]))
    finally:
        outer_pool.close()
        outer_pool.join()
