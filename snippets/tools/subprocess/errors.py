import subprocess
import sys

FAIL = "import sys; print('disk full', file=sys.stderr); sys.exit(3)"
SLOW = "import time; time.sleep(60)"
KILLED = "import os, signal; os.kill(os.getpid(), signal.SIGTERM)"


def run_python(code, **options):
    command = [sys.executable, "-c", code]
    return subprocess.run(command, capture_output=True, text=True, **options)


if __name__ == "__main__":
    result = run_python(FAIL)
    print("without check, no exception; returncode", result.returncode)

    try:
        run_python(FAIL, check=True)
    except subprocess.CalledProcessError as error:
        print("CalledProcessError:", error.returncode, repr(error.stderr))
        print(error)

    try:
        run_python(SLOW, timeout=0.5)
    except subprocess.TimeoutExpired as error:
        print(f"TimeoutExpired after {error.timeout} s; the child was killed")

    result = run_python(KILLED)
    print("killed by SIGTERM: returncode", result.returncode)
    try:
        result.check_returncode()
    except subprocess.CalledProcessError as error:
        print(error)
