import multiprocessing
import os
import signal
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor


def init_worker(stop_event):
    # The service manager sends SIGTERM to every process of the service:
    # workers leave it to the main process and watch stop_requested.
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


def stop_like_systemd():
    service = subprocess.Popen(
        [sys.executable, __file__, "--service"],
        start_new_session=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    for _ in range(2):
        print(service.stdout.readline(), end="")  # "task N: started"
    # systemctl stop (KillMode=control-group, the default): SIGTERM to
    # every process of the service, then SIGKILL after 90 seconds.
    os.killpg(service.pid, signal.SIGTERM)
    print(service.stdout.read(), end="")
    print("exit code:", service.wait(timeout=90))


if __name__ == "__main__":
    if sys.argv[1:] == ["--service"]:
        run_service()
    else:
        stop_like_systemd()
