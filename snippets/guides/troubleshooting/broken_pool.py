import os
import signal
from concurrent.futures import ProcessPoolExecutor


def square(number):
    if number == 3:
        os.kill(
            os.getpid(), signal.SIGKILL
        )  # as the out-of-memory killer does
    return number * number


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        futures = [executor.submit(square, n) for n in range(1, 5)]
        for future in futures:
            print(future.result())
