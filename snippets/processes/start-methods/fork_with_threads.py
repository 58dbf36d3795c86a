import threading
import warnings
from multiprocessing import Process

# Python hides DeprecationWarnings raised inside library code; show them.
warnings.simplefilter("default", DeprecationWarning)


def work():
    print("child: running", flush=True)


if __name__ == "__main__":
    stop = threading.Event()
    background = threading.Thread(target=stop.wait)
    background.start()  # the parent now has two threads
    child = Process(target=work)
    child.start()
    child.join()
    stop.set()
    background.join()
    print(f"parent: child exited with code {child.exitcode}")
