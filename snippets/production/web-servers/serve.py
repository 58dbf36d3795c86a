"""Serve a WSGI app with a real gunicorn, request it once, stop gunicorn."""

import os
import socket
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get_once(app, *gunicorn_options):
    """Start gunicorn on app ("module:name"), send one request, stop it."""
    port = free_port()
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
            app,
        ],
        cwd=HERE,  # where gunicorn finds the app module and the config file
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


def with_and_without_preload(app, *gunicorn_options):
    print("gunicorn:           ", get_once(app, *gunicorn_options), end="")
    preloaded = get_once(app, *gunicorn_options, "--preload")
    print("gunicorn --preload: ", preloaded, end="")
