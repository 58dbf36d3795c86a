"""Celery tasks, with a thread started at import and one per pool process."""

import os
import subprocess
import sys
import threading
import time

from celery import Celery
from celery.signals import worker_process_init

# A broker and a result store in folders under the working directory.
app = Celery("celery_tasks", broker="filesystem://", backend="file://results")
app.conf.broker_transport_options = {
    "data_folder_in": "broker",
    "data_folder_out": "broker",
    "polling_interval": 0.1,
}


def keep_alive():
    """Stands for a client library's thread that pings its server."""
    while True:
        time.sleep(1)


def start_pinger():
    pinger = threading.Thread(target=keep_alive, daemon=True)
    pinger.start()
    return pinger


# Runs in the worker's main process, which then forks its pool processes.
pinger_from_import = start_pinger()
pinger_from_signal = None


@worker_process_init.connect
def start_pinger_in_pool_process(**kwargs):
    # Celery sends this signal in each pool process right after the fork.
    global pinger_from_signal
    pinger_from_signal = start_pinger()


@app.task
def report():
    return (
        f"started at import:              "
        f"alive: {pinger_from_import.is_alive()}\n"
        f"started in worker_process_init: "
        f"alive: {pinger_from_signal.is_alive()}"
    )


if __name__ == "__main__":
    os.makedirs("broker", exist_ok=True)
    os.makedirs("results", exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    command = [sys.executable, "-m", "celery", "-A", "celery_tasks", "worker"]
    command += ["--pool", "prefork", "--concurrency", "1"]
    # No other workers to exchange state with: start without waiting.
    command += ["--without-heartbeat", "--without-gossip", "--without-mingle"]
    worker = subprocess.Popen(
        command,
        env=dict(os.environ, PYTHONPATH=here),  # where it finds this module
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        print(report.delay().get(timeout=60, interval=0.1))
    finally:
        worker.terminate()  # a warm shutdown: Celery stops its pool first
        worker.wait(timeout=60)
