import os
import queue
import sys
from multiprocessing.managers import BaseManager

HOST = "127.0.0.1"  # loopback only; read "Reaching other machines" first

task_queue = queue.Queue()
result_queue = queue.Queue()


def get_task_queue():
    return task_queue


def get_result_queue():
    return result_queue


class TaskQueueManager(BaseManager):
    pass


# Top-level functions, not lambdas: under spawn they are pickled by name.
TaskQueueManager.register("get_task_queue", callable=get_task_queue)
TaskQueueManager.register("get_result_queue", callable=get_result_queue)


def read_authkey():
    authkey = os.environ.get("TASKS_AUTHKEY")
    if not authkey:
        sys.exit(
            "server.py: set TASKS_AUTHKEY to a long random secret, the same"
            " one the workers use"
        )
    return authkey.encode()


if __name__ == "__main__":
    numbers = range(1, 11)
    authkey = read_authkey()
    # Port 0: the system picks a free port; manager.address tells which.
    with TaskQueueManager(address=(HOST, 0), authkey=authkey) as manager:
        tasks = manager.get_task_queue()
        results = manager.get_result_queue()
        for number in numbers:
            tasks.put(number)
        host, port = manager.address
        print(f"serving {len(numbers)} tasks on {host}:{port}", flush=True)

        squares = dict(results.get(timeout=60) for _ in numbers)
        for number in sorted(squares):
            print(f"{number} squared is {squares[number]}")
