import io
import multiprocessing
import os
import pathlib
import subprocess
import sys
import tempfile

import coverage

# The code under test: line 2 runs only in a worker process.
SHAPES = """\
def area(side):
    return side * side
"""

# A program whose pool runs area() in its workers, with the start
# method this program runs with.
POOL_PROGRAM = f"""\
import multiprocessing

import shapes

if __name__ == "__main__":
    multiprocessing.set_start_method({multiprocessing.get_start_method()!r})
    pool = multiprocessing.Pool(2)
    print(pool.map(shapes.area, [2, 3]))
    pool.close()
    pool.join()
"""

# The same as a pytest test.
POOL_TEST = POOL_PROGRAM.replace(
    'if __name__ == "__main__":', "def test_area():"
)

# A program that runs area() in a child Python started by subprocess.
SUBPROCESS_PROGRAM = """\
import subprocess
import sys

code = "import shapes; print(shapes.area(4))"
subprocess.run([sys.executable, "-c", code], check=True)
"""

WORKERS = "[run]\nconcurrency = multiprocessing\n"
SUBPROCESSES = "[run]\npatch = subprocess\n"

RUNS = [
    ("coverage run", "", POOL_PROGRAM),
    ("coverage run, concurrency = multiprocessing", WORKERS, POOL_PROGRAM),
    ("pytest --cov", "", POOL_TEST),
    ("pytest --cov, concurrency = multiprocessing", WORKERS, POOL_TEST),
    ("coverage run, subprocess", "", SUBPROCESS_PROGRAM),
    (
        "coverage run, subprocess, patch = subprocess",
        SUBPROCESSES,
        SUBPROCESS_PROGRAM,
    ),
]


def shapes_row(title, settings, program, folder):
    """Run the program under coverage; return the report's shapes.py row."""
    pathlib.Path(folder, "shapes.py").write_text(SHAPES)
    pathlib.Path(folder, ".coveragerc").write_text(settings)
    if title.startswith("pytest"):
        pathlib.Path(folder, "test_area.py").write_text(program)
        command = [
            "pytest",
            "-p",
            "no:cacheprovider",
            "--cov=shapes",
            "--cov-report=",
            "test_area.py",
        ]
    else:
        pathlib.Path(folder, "program.py").write_text(program)
        command = ["coverage", "run", "program.py"]
    subprocess.run(
        [sys.executable, "-m", *command],
        cwd=folder,
        capture_output=True,
        check=True,
    )
    # What `coverage combine` and `coverage report -m` do, in this process;
    # the report names files relative to the working directory.
    start_folder = os.getcwd()
    os.chdir(folder)
    data = coverage.Coverage()
    # With these settings each process writes a data file of its own.
    if list(pathlib.Path(folder).glob(".coverage.*")):
        data.combine()
        data.save()
    report = io.StringIO()
    try:
        data.load()
        data.report(include=["shapes.py"], show_missing=True, file=report)
    except coverage.exceptions.NoDataError as error:
        return str(error)
    finally:
        os.chdir(start_folder)
    for line in report.getvalue().splitlines():
        if line.startswith("shapes.py"):
            return line


if __name__ == "__main__":
    print("Name        Stmts   Miss  Cover   Missing")
    for title, settings, program in RUNS:
        with tempfile.TemporaryDirectory() as folder:
            print(f"{title}:")
            print(shapes_row(title, settings, program, folder))
