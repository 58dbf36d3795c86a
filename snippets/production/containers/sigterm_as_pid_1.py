import os
import signal
import subprocess
import sys


def as_process_1():
    print("my pid:", os.getpid(), flush=True)
    os.kill(os.getpid(), signal.SIGTERM)
    print("SIGTERM sent to myself, and I am still running", flush=True)

    def stop(signum, frame):
        print("SIGTERM handler: exiting", flush=True)
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    os.kill(os.getpid(), signal.SIGTERM)
    print("not reached", flush=True)


if __name__ == "__main__":
    if os.getpid() == 1:
        as_process_1()
    else:
        # Run this same file as process 1 of a new PID namespace, as a
        # container runtime does (unshare needs root).
        subprocess.run(
            ["unshare", "--pid", "--fork", sys.executable, __file__],
            check=True,
        )
