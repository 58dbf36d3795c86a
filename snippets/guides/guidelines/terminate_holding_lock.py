import time
from multiprocessing import Event, Lock, Process


def hold_lock(lock, holding):
    with lock:
        holding.set()
        time.sleep(60)  # killed in here: the with block never exits


if __name__ == "__main__":
    lock, holding = Lock(), Event()
    worker = Process(target=hold_lock, args=(lock, holding))
    worker.start()
    holding.wait()
    worker.terminate()
    worker.join()
    print(f"worker exit code: {worker.exitcode}")
    print(f"lock free after terminate: {lock.acquire(timeout=1)}")
