import pathlib
import subprocess
import sys
import tempfile

TESTS = """
import multiprocessing

import pytest

METHODS = ["fork", "spawn", "forkserver"]


def greet():
    print("hello from the child")


@pytest.mark.parametrize("method", METHODS)
def test_capsys(method, capsys):
    child = multiprocessing.get_context(method).Process(target=greet)
    child.start()
    child.join()
    assert capsys.readouterr().out == "hello from the child\\n"


@pytest.mark.parametrize("method", METHODS)
def test_capfd(method, capfd):
    child = multiprocessing.get_context(method).Process(target=greet)
    child.start()
    child.join()
    assert capfd.readouterr().out == "hello from the child\\n"
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        test_file = pathlib.Path(folder, "test_child_output.py")
        test_file.write_text(TESTS)
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-p",
                "no:cacheprovider",
                "-q",
                "--tb=no",
                "-rA",
                str(test_file),
            ],
            cwd=folder,
            capture_output=True,
            text=True,
        )
    for line in result.stdout.splitlines():
        if line.startswith(("PASSED", "FAILED")):
            print(line.split(" - ")[0])
