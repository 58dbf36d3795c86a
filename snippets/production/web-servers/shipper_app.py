"""A WSGI app that starts a background thread when it is imported."""

import os
import queue
import threading

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


def app(environ, start_response):
    events.put("request")
    body = (
        f"imported in this worker: {os.getpid() == IMPORTED_BY}, "
        f"shipper thread alive: {shipper.is_alive()}\n"
    )
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [body.encode()]


if __name__ == "__main__":
    from serve import with_and_without_preload

    with_and_without_preload("shipper_app:app")
