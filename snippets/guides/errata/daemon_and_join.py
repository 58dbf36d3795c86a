import time
from multiprocessing import Event, Process


def work(started):
    print("work start", flush=True)
    started.set()
    time.sleep(60)
    print("work end")  # a daemon never gets here: it is killed at exit


if __name__ == "__main__":
    started = Event()
    worker = Process(target=work, args=(started,), daemon=True)
    worker.start()
    started.wait()  # instead of guessing with a sleep
    print("end of the main process; the daemon dies with it")
