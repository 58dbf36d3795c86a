import threading
from multiprocessing import Event, Process

log_lock = threading.Lock()


def hold_lock(holding, release):
    with log_lock:
        holding.set()
        release.wait()  # keep the lock while the main thread starts a child


def use_lock(finished):
    print("child: taking the lock", flush=True)
    with log_lock:  # under fork: a copy of a lock that nobody will release
        print("child: got the lock", flush=True)
    finished.set()


if __name__ == "__main__":
    holding, release = threading.Event(), threading.Event()
    holder = threading.Thread(target=hold_lock, args=(holding, release))
    holder.start()
    holding.wait()
    finished = Event()
    child = Process(target=use_lock, args=(finished,))
    child.start()
    finished.wait()  # wait until the child has done its work
    child.join()
    release.set()
    holder.join()
    print(f"parent: child exited with code {child.exitcode}")
