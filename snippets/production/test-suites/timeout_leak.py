import multiprocessing
import os
import pathlib
import signal
import subprocess
import sys
import tempfile

# A test whose child process hangs for 20 seconds, and the test with it.
# The fixture starts the child; the time limit counts the test only.
TEST = f"""\
import multiprocessing
import pathlib
import time

import pytest


def hang():
    time.sleep(20)


@pytest.fixture
def child():
    multiprocessing.set_start_method({multiprocessing.get_start_method()!r})
    process = multiprocessing.Process(target=hang)
    process.start()
    pathlib.Path("child.pid").write_text(str(process.pid))
    return process


@pytest.mark.timeout(2, func_only=True)
def test_waits_for_child(child):
    child.join()
"""


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


if __name__ == "__main__":
    for method in ("signal", "thread"):
        with tempfile.TemporaryDirectory() as folder:
            pathlib.Path(folder, "test_hang.py").write_text(TEST)
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pytest",
                    "-p",
                    "no:cacheprovider",
                    f"--timeout-method={method}",
                    "test_hang.py",
                ],
                cwd=folder,
                capture_output=True,
                text=True,
            )
            child_pid = int(pathlib.Path(folder, "child.pid").read_text())
            child_alive = alive(child_pid)
            if child_alive:
                os.kill(child_pid, signal.SIGKILL)
        print(f"--timeout-method={method}:")
        lines = result.stdout.splitlines()
        if any("+ Timeout +" in line for line in lines):
            print("  +++ Timeout +++, then the stack of every thread")
        for line in lines:
            if line.startswith("E ") and "Timeout" in line:
                print("  " + line.removeprefix("E").strip())
            if line.startswith("FAILED"):
                print("  " + line.split(" - ")[0])
            if line.startswith("=") and "failed" in line:
                print("  summary:", line.strip("= ").split(" in ")[0])
        print("  pytest exit code:", result.returncode)
        print("  child still running when pytest ended:", child_alive)
