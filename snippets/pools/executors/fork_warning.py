import multiprocessing
import warnings
from concurrent.futures import ProcessPoolExecutor

# Python hides DeprecationWarnings raised inside library code; show them.
warnings.simplefilter("default", DeprecationWarning)


def square(number):
    return number * number


if __name__ == "__main__":
    fork = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(2, mp_context=fork) as first:
        print("first:", list(first.map(square, range(4))), flush=True)
        # first's management thread is running now
        with ProcessPoolExecutor(2, mp_context=fork) as second:
            print("second:", list(second.map(square, range(4))), flush=True)
