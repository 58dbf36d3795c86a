import threading
import warnings
from multiprocessing import get_context

warnings.simplefilter("default", DeprecationWarning)


def work():
    print("child: working")


if __name__ == "__main__":
    stop = threading.Event()
    waiting_thread = threading.Thread(target=stop.wait)
    waiting_thread.start()
    # A fresh interpreter in the child: no half-copied threads, no warning.
    child = get_context("spawn").Process(target=work)
    child.start()
    child.join()
    stop.set()
    waiting_thread.join()
    print(f"child exit code: {child.exitcode}")
