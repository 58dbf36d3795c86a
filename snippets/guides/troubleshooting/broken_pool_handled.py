import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def square(number):
    if number == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return number * number


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        futures = {n: executor.submit(square, n) for n in range(1, 5)}
        for number, future in futures.items():
            try:
                print(f"{number}: {future.result()}")
            except BrokenProcessPool:
                print(f"{number}: lost, a worker died")
