import multiprocessing
import signal
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor


def init_worker(stop_event):
    # Stopping is the main process's job, even if a service manager sends
    # SIGTERM to every process: workers watch stop_requested instead.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    global stop_requested
    stop_requested = stop_event


def work(task):
    print(f"task {task}: started", flush=True)
    while not stop_requested.wait(timeout=0.05):
        pass  # one step of a long computation
    print(f"task {task}: stopped early, progress saved", flush=True)
    return task


def run_service():
    stop_event = multiprocessing.Event()
    signal.signal(signal.SIGTERM, lambda signum, frame: stop_event.set())
    with ProcessPoolExecutor(
        max_workers=2, initializer=init_worker, initargs=(stop_event,)
    ) as executor:
        futures = [executor.submit(work, task) for task in range(2)]
        results = [future.result() for future in futures]
    print("service: finished", results, flush=True)


def start_and_stop():
    service = subprocess.Popen(
        [sys.executable, __file__, "--service"],
        stdout=subprocess.PIPE,
        text=True,
    )
    for _ in range(2):
        print(service.stdout.readline(), end="")  # "task N: started"
    # What docker stop, kill PID and systemd with KillMode=mixed do:
    # SIGTERM to the main process only.
    service.terminate()
    print(service.stdout.read(), end="")
    print("exit code:", service.wait(timeout=90))


if __name__ == "__main__":
    if sys.argv[1:] == ["--service"]:
        run_service()
    else:
        start_and_stop()
