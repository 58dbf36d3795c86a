import threading
from multiprocessing import Process


class Worker(Process):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()  # cannot be pickled

    def run(self):
        with self.lock:
            print("child: running", flush=True)


if __name__ == "__main__":
    worker = Worker()
    try:
        worker.start()
    except TypeError as error:
        print(f"start() failed: {error}")
    else:
        worker.join()
        print(f"exitcode {worker.exitcode}")
