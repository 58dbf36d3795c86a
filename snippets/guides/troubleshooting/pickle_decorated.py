import functools
from multiprocessing import Pool


def in_parallel(function):
    """Make function(list) run function(item) for each item in a pool."""

    @functools.wraps(function)
    def run_all(items):
        with Pool(2) as pool:
            return pool.map(function, items)

    return run_all


@in_parallel
def square(number):
    return number * number


if __name__ == "__main__":
    print(square([1, 2, 3]))
