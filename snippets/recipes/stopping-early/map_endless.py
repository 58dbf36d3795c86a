import itertools
from concurrent.futures import ProcessPoolExecutor


def square(number):
    return number * number


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        print("mapping over an endless input...", flush=True)
        results = executor.map(square, itertools.count())
        for result in itertools.islice(results, 5):
            print(result, flush=True)
