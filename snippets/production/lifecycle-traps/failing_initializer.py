from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def connect():
    raise ConnectionError("database not reachable")


def square(number):
    return number * number


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1, initializer=connect) as executor:
        future = executor.submit(square, 3)
        try:
            print(future.result())
        except BrokenProcessPool as error:
            print(f"{type(error).__name__}: {error}")
