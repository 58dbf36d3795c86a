import threading
import warnings
from multiprocessing import Process

# What python -W error::DeprecationWarning does: warnings become errors.
warnings.simplefilter("error", DeprecationWarning)


def work():
    print("child: running", flush=True)


if __name__ == "__main__":
    stop = threading.Event()
    background = threading.Thread(target=stop.wait)
    background.start()  # the parent now has two threads
    child = Process(target=work)
    try:
        child.start()
        child.join()
        print(f"parent: child exited with code {child.exitcode}")
    except DeprecationWarning as error:
        print(f"parent: start() raised DeprecationWarning: {error}")
    finally:
        stop.set()
        background.join()
