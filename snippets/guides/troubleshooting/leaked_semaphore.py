import os
from multiprocessing import Lock

if __name__ == "__main__":
    lock = Lock()
    print("exiting without cleanup", flush=True)
    os._exit(0)  # like a process killed by a signal: no finalizers run
