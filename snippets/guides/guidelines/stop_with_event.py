from multiprocessing import Event, Lock, Process


def serve(lock, stop):
    while not stop.is_set():
        with lock:  # always released before stop is checked again
            pass  # one unit of work
        stop.wait(0.01)
    print("worker: stopped cleanly", flush=True)


if __name__ == "__main__":
    lock, stop = Lock(), Event()
    worker = Process(target=serve, args=(lock, stop))
    worker.start()
    stop.set()  # ask the worker to stop; do not kill it
    worker.join()
    print(f"worker exit code: {worker.exitcode}")
    print(f"lock free: {lock.acquire(timeout=1)}")
