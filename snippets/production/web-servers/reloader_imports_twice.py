"""A development server with Werkzeug's reloader, as flask run --debug runs."""

import os
import threading

from werkzeug.serving import run_simple

# Import-time code: starting a pool, a thread or a scheduler here would
# start it in both processes.
run_main = os.environ.get("WERKZEUG_RUN_MAIN")
print(f"module imported, WERKZEUG_RUN_MAIN={run_main}", flush=True)


def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"hello\n"]


if __name__ == "__main__":
    if run_main == "true":
        # Ends this demo after a second; a real server runs until Ctrl-C.
        threading.Timer(1, os._exit, [0]).start()
    run_simple("127.0.0.1", 0, app, use_reloader=True)
