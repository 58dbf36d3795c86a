import os
import secrets
import signal
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def start(program, environment):
    return subprocess.Popen(
        [sys.executable, str(HERE / program)],
        env=environment,
        stdout=subprocess.PIPE,
        text=True,
    )


if __name__ == "__main__":
    environment = dict(os.environ, TASKS_AUTHKEY=secrets.token_hex(32))
    server = start("server.py", environment)
    processes = [server]
    try:
        announcement = server.stdout.readline()  # "serving ... on HOST:PORT"
        print("server:", announcement, end="", flush=True)
        environment["TASKS_ADDRESS"] = announcement.split()[-1]
        workers = [start("worker.py", environment) for _ in range(2)]
        processes += workers
        for worker in workers:
            print(worker.communicate(timeout=60)[0], end="", flush=True)
        for line in server.communicate(timeout=60)[0].splitlines():
            print("server:", line)
        print("exit codes:", [process.returncode for process in processes])
    finally:  # on an error: stop what still runs, as Ctrl-C would (POSIX)
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
                process.wait(timeout=10)
