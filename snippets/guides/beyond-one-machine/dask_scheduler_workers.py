import subprocess
import sys
import tempfile
from pathlib import Path

from dask.distributed import Client

THIS_MACHINE_ONLY = ["--host=127.0.0.1", "--no-dashboard"]


def square(number):
    return number * number


def start_dask(*arguments):
    # The same as typing `dask scheduler ...` or `dask worker ...` in a shell.
    return subprocess.Popen(
        [sys.executable, "-m", "dask", *arguments],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,  # their logs; in real use, a terminal each
    )


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        address_file = str(Path(folder) / "scheduler.json")
        common = ["--scheduler-file", address_file, *THIS_MACHINE_ONLY]
        scheduler = start_dask("scheduler", "--port=0", *common)
        worker = start_dask("worker", "--nworkers=2", "--nthreads=1", *common)
        with Client(scheduler_file=address_file, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
            futures = client.map(square, range(8))
            print(f"map: {client.gather(futures)}")
            print(f"workers: {len(client.scheduler_info()['workers'])}")
            client.shutdown()  # stops the scheduler and its workers
        codes = (scheduler.wait(timeout=30), worker.wait(timeout=30))
        print(f"exit codes of scheduler and worker: {codes}")
