import os
import signal
import sys

import container


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
    container.run(as_process_1, pid=True)
