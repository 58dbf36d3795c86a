import subprocess
import sys

# The child turns SIGTERM into SystemExit, so that its finally blocks run
CHILD = """
import signal, sys, time

def stop(signum, frame):
    sys.exit(0)

signal.signal(signal.SIGTERM, stop)
try:
    print("ready", flush=True)
    while True:  # a long wait, in short steps (see the text)
        time.sleep(0.1)
finally:
    print("child: cleaning up", flush=True)
"""


def start_child():
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True
    )
    child.stdout.readline()  # wait until the handler is installed
    return child


if __name__ == "__main__":
    with start_child() as child:
        child.terminate()  # SIGTERM: the child can catch it
        print(child.stdout.read(), end="")
        print("after terminate():", child.wait())

    with start_child() as child:
        child.kill()  # SIGKILL: the child cannot catch it
        print(child.stdout.read(), end="")
        print("after kill():", child.wait())
