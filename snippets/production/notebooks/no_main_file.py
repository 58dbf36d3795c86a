import pathlib
import subprocess
import sys
import tempfile

# Code as a notebook cell holds it: the main module has no file.
CELL = """
import multiprocessing

def square(number):
    print(number * number)

child = multiprocessing.get_context("spawn").Process(target=square, args=(7,))
child.start()
child.join()
print("child exit code:", child.exitcode)
"""

# The fix: the worker function lives in a module that children can import.
MODULE = """
def square(number):
    print(number * number)
"""
CELL_FIXED = """
import multiprocessing
from workers import square

child = multiprocessing.get_context("spawn").Process(target=square, args=(7,))
child.start()
child.join()
print("child exit code:", child.exitcode)
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        pathlib.Path(folder, "workers.py").write_text(MODULE)
        cells = [
            ("function in the cell", CELL),
            ("function in workers.py", CELL_FIXED),
        ]
        for title, cell in cells:
            run = subprocess.run(
                [sys.executable, "-c", cell],
                cwd=folder,
                capture_output=True,
                text=True,
            )
            print(f"{title}:")
            print("  stdout:", run.stdout.strip().replace("\n", " | "))
            errors = run.stderr.strip().splitlines()
            print("  last line of stderr:", errors[-1] if errors else "")
