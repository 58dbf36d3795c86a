import os
import select
import subprocess
import sys


def run_service():
    print("service: started")  # standard output
    print("service: a warning", file=sys.stderr)
    sys.stdin.read()  # keep running until the manager closes stdin


def start_and_stop(extra_environment):
    # A service manager gives its services a small environment of their
    # own, and pipes (or a journal socket) for their output.
    service = subprocess.Popen(
        [sys.executable, __file__, "--service"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={"PATH": os.environ["PATH"], **extra_environment},
        text=True,
    )
    print("  stderr:", service.stderr.readline(), end="")
    # The stdout line was printed before the stderr line: is it here?
    readable, _, _ = select.select([service.stdout], [], [], 0)
    print("  stdout arrived by then:", bool(readable))
    service.stdin.close()  # stop the service
    print("  stdout read at the end:", service.stdout.read(), end="")
    service.wait()


if __name__ == "__main__":
    if sys.argv[1:] == ["--service"]:
        run_service()
    else:
        print("default:")
        start_and_stop({})
        print("PYTHONUNBUFFERED=1:")
        start_and_stop({"PYTHONUNBUFFERED": "1"})
