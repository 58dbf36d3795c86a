import time
from multiprocessing import Event, Process


def work(seconds, started):
    print("work start", flush=True)
    started.set()
    time.sleep(seconds)
    print("work end", flush=True)  # only if nobody kills it first


if __name__ == "__main__":
    started = Event()
    joined = Process(target=work, args=(0.1, started), daemon=True)
    joined.start()
    joined.join()  # join() waits for a daemon like for any process
    print("the joined daemon has finished", flush=True)

    started.clear()
    left = Process(target=work, args=(60, started), daemon=True)
    left.start()
    started.wait()  # instead of guessing with a sleep
    print("end of the main process; the daemon dies with it")
