import itertools
from concurrent.futures import ProcessPoolExecutor


def square(number):
    return number * number


def read_inputs():
    for number in itertools.count():  # an endless input
        print(f"read input {number}", flush=True)
        yield number


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        results = executor.map(square, read_inputs(), buffersize=3)
        for result in results:
            print(f"result {result}", flush=True)
            if result >= 4:
                break
    print("done")
