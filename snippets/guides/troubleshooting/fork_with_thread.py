import threading
import warnings
from multiprocessing import Process

# Show DeprecationWarnings the way test runners do; Python hides them here.
warnings.simplefilter("default", DeprecationWarning)


def work():
    print("child: working")


if __name__ == "__main__":
    stop = threading.Event()
    waiting_thread = threading.Thread(target=stop.wait)  # any running thread
    waiting_thread.start()
    child = Process(target=work)
    child.start()
    child.join()
    stop.set()
    waiting_thread.join()
    print(f"child exit code: {child.exitcode}")
