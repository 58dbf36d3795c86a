import multiprocessing
import time
from unittest import mock


def report_time():
    print("child sees time.time() =", time.time(), flush=True)


if __name__ == "__main__":
    with mock.patch("time.time", return_value=1234.0):
        print("parent sees time.time() =", time.time(), flush=True)
        child = multiprocessing.Process(target=report_time)
        child.start()
        child.join()
