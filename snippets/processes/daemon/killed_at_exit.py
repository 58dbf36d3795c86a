import time
from multiprocessing import Event, Process


def background_work(started):
    print("daemon: started", flush=True)
    started.set()
    try:
        time.sleep(60)  # far longer than the parent lives
    finally:
        print("daemon: cleaning up", flush=True)  # never printed


if __name__ == "__main__":
    started = Event()
    helper = Process(target=background_work, args=(started,), daemon=True)
    helper.start()
    started.wait()
    print("parent: done, exiting without join()", flush=True)
