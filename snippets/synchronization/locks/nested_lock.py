from multiprocessing import Lock, Process


def log(lock, message):
    with lock:
        print(message, flush=True)


def log_total(lock, amounts):
    with lock:  # holds the lock while it calls log(), which wants it too
        log(lock, f"total of {amounts}: {sum(amounts)}")


if __name__ == "__main__":
    lock = Lock()
    child = Process(target=log_total, args=(lock, [3, 4, 5]))
    child.start()
    child.join(timeout=2)
    if child.is_alive():
        print("after 2 s the child is still waiting for its own lock")
        child.terminate()
        child.join()
    print(f"the child has ended, exit code {child.exitcode}")
