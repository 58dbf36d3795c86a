"""Time the test suite: ``nox -s timing [-- --workers 2 4 6 --repeat 3 [PYTEST ARGS]]``.

For each worker count it runs the whole suite (``pytest -n WORKERS``) and reports the wall time,
the CPU time (user + system) of everything the run started, and their ratio to the ideal: wall
time against CPU time divided by the cores. The suite mostly waits (declared hangs, sleeps,
interpreter start-ups), so more workers than cores pay off until that ratio nears 1. The load
average is printed with every run, since a busy machine slows every figure.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time


def one_run(workers: int, pytest_args: list[str]) -> tuple[float, float, bool]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", str(workers)]
    command += ["--maxschedchunk", "1"]  # as nox -s tests runs it: longest first, one at a time
    result = subprocess.run([*command, *pytest_args], capture_output=True, text=True, check=False)
    if result.returncode:
        # What failed and why: the failures' section and the summary, not just the last lines.
        lines = result.stdout.splitlines()
        start = next((i for i, line in enumerate(lines) if " FAILURES " in line), -40)
        print(*lines[start:][:200], sep="\n  ", flush=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", required=True)
    parser.add_argument("--repeat", type=int, default=1)
    options, pytest_args = parser.parse_known_args()
    cores = os.cpu_count() or 1
    print(f"{cores} cores", flush=True)
    failed = False
    for workers in options.workers:
        count = workers
        walls, cpus = [], []
        for _ in range(options.repeat):
            load = os.getloadavg()[0]
            wall, cpu, passed = one_run(count, pytest_args)
            failed |= not passed
            walls.append(wall)
            cpus.append(cpu)
            print(
                f"-n {count}: {wall:5.1f} s wall, {cpu:5.1f} s CPU, "
                f"wall / (CPU / cores) = {wall / (cpu / cores):.2f}, "
                f"load {load:.1f} at the start, {'passed' if passed else 'FAILED'}",
                flush=True,
            )
        if options.repeat > 1:
            wall, cpu = statistics.median(walls), statistics.median(cpus)
            print(f"-n {count} median: {wall:5.1f} s wall, {cpu:5.1f} s CPU", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
