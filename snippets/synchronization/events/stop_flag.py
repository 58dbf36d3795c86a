from multiprocessing import Event, Process, Queue


def check_periodically(stop, reports):
    checks = 0
    while not stop.wait(timeout=0.1):  # sleeps 0.1 s unless told to stop
        checks += 1
        reports.put(checks)
    print(f"worker: stop requested after {checks} checks", flush=True)


if __name__ == "__main__":
    stop, reports = Event(), Queue()
    worker = Process(target=check_periodically, args=(stop, reports))
    worker.start()
    while reports.get() < 3:
        pass
    print("parent: 3 checks done, asking the worker to stop", flush=True)
    stop.set()
    worker.join()
    print(f"parent: the worker has ended, exit code {worker.exitcode}")
