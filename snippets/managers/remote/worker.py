import os
import queue
import sys
import time
from multiprocessing.managers import BaseManager


class TaskQueueManager(BaseManager):
    pass


# Names only: the server holds the queues, the worker gets proxies.
TaskQueueManager.register("get_task_queue")
TaskQueueManager.register("get_result_queue")


def read_setting(name, example):
    value = os.environ.get(name)
    if not value:
        sys.exit(f"worker.py: set {name}, for example {name}={example}")
    return value


def square(number):
    time.sleep(0.1)  # stands in for real work
    return number * number


if __name__ == "__main__":
    address = read_setting("TASKS_ADDRESS", "127.0.0.1:50000")
    authkey = read_setting("TASKS_AUTHKEY", "<the server's secret>")
    host, _, port = address.rpartition(":")
    manager = TaskQueueManager(
        address=(host, int(port)), authkey=authkey.encode()
    )
    manager.connect()
    tasks = manager.get_task_queue()
    results = manager.get_result_queue()
    done = 0
    while True:
        try:
            number = tasks.get_nowait()
        except queue.Empty:  # the server queues every task before it starts
            break
        results.put((number, square(number)))
        done += 1
    print(f"worker {os.getpid()} did {done} tasks")
