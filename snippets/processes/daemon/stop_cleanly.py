from multiprocessing import Event, Process


def background_work(started, stop):
    print("helper: started", flush=True)
    started.set()
    try:
        while not stop.wait(timeout=0.1):
            pass  # one unit of background work per loop
    finally:
        print("helper: cleaning up", flush=True)


if __name__ == "__main__":
    started, stop = Event(), Event()
    helper = Process(target=background_work, args=(started, stop))
    helper.start()
    started.wait()
    print("parent: done, asking the helper to stop", flush=True)
    stop.set()
    helper.join()
    print(f"parent: helper exited with code {helper.exitcode}")
