import os
import signal
import sys
from multiprocessing import Lock


def exit_normally(signal_number, frame):
    sys.exit(f"stopped by signal {signal_number}")  # cleanup runs


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, exit_normally)
    lock = Lock()
    print("working...", flush=True)
    os.kill(os.getpid(), signal.SIGTERM)
