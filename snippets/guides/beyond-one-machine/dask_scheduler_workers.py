import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dask.distributed import Client


def square(number):
    time.sleep(0.1)
    return number * number


def dask_command(*arguments):
    # The same as typing `dask scheduler ...` or `dask worker ...` in a shell.
    return subprocess.Popen(
        [sys.executable, "-m", "dask", *arguments],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,  # their logs; in real use, a terminal each
    )


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        address_file = str(Path(folder) / "scheduler.json")
        scheduler = dask_command(
            "scheduler", "--host", "127.0.0.1", "--port", "0",
            "--no-dashboard", "--scheduler-file", address_file,
        )  # fmt: skip
        worker = dask_command(
            "worker", "--scheduler-file", address_file, "--host", "127.0.0.1",
            "--nworkers", "2", "--nthreads", "1", "--no-dashboard",
        )  # fmt: skip
        try:
            with Client(scheduler_file=address_file, timeout=60) as client:
                client.wait_for_workers(2, timeout=60)
                futures = client.map(square, range(8))
                print(f"map: {client.gather(futures)}")
                print(f"workers: {len(client.scheduler_info()['workers'])}")
                client.shutdown()  # stops the scheduler and its workers
        finally:
            for process in (worker, scheduler):
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        codes = (scheduler.returncode, worker.returncode)
        print(f"exit codes of scheduler and worker: {codes}")
