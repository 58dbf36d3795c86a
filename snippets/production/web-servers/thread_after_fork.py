"""A WSGI app that starts a background thread when it is imported."""

import os
import queue
import socket
import subprocess
import sys
import threading
import time
import urllib.request

IMPORTED_BY = os.getpid()


def ship_events():
    """Stands for a metrics or log shipper: sends events in the back."""
    while True:
        events.get()


def start_shipper():
    global events, shipper
    events = queue.Queue()
    shipper = threading.Thread(target=ship_events, daemon=True)
    shipper.start()


start_shipper()
# A process forked from this one (a gunicorn worker under --preload) has
# only the thread that called fork: give it a queue and a shipper of its own.
os.register_at_fork(after_in_child=start_shipper)


def app(environ, start_response):
    events.put("request")
    body = (
        f"imported in this worker: {os.getpid() == IMPORTED_BY}, "
        f"shipper thread alive: {shipper.is_alive()}\n"
    )
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [body.encode()]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get_once(*gunicorn_options):
    """Start gunicorn on this file's app, send one request, stop it."""
    port = free_port()
    module = os.path.splitext(os.path.basename(__file__))[0]
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            *gunicorn_options,
            "--workers",
            "1",
            "--bind",
            f"127.0.0.1:{port}",
            "--no-control-socket",  # gunicorn 27's ~/.gunicorn/gunicorn.ctl
            "--chdir",
            os.path.dirname(os.path.abspath(__file__)),
            f"{module}:app",
        ],
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/", timeout=10
                ) as response:
                    return response.read().decode()
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.1)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    print("gunicorn:           ", get_once(), end="")
    print("gunicorn --preload: ", get_once("--preload"), end="")
