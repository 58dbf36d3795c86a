import subprocess
import sys

COUNT = "import sys; print(len(sys.stdin.readlines()), 'lines')"
STUCK = "import time; print('started', flush=True); time.sleep(60)"


def start_python(code):
    return subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


if __name__ == "__main__":
    # Popen returns at once: both children run while the parent goes on.
    counter = start_python(COUNT)
    stuck = start_python(STUCK)

    output, _ = counter.communicate("one\ntwo\nthree\n", timeout=10)
    print("counter said:", output, end="")
    print("counter returncode:", counter.returncode)

    try:
        output, _ = stuck.communicate(timeout=2)
    except subprocess.TimeoutExpired:
        stuck.kill()
        output, _ = stuck.communicate()  # collect what it wrote; reap it
    print("stuck said:", output, end="")
    print("stuck returncode:", stuck.returncode)
