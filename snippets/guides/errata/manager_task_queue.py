import queue
from multiprocessing import Process
from multiprocessing.managers import BaseManager

task_queue = queue.Queue()  # live in the manager's server process
result_queue = queue.Queue()


def get_task_queue():  # a named function pickles; a lambda does not
    return task_queue


def get_result_queue():
    return result_queue


class QueueManager(BaseManager):
    pass


QueueManager.register("get_task_queue", callable=get_task_queue)
QueueManager.register("get_result_queue", callable=get_result_queue)


def worker(address, authkey):
    manager = QueueManager(address=address, authkey=authkey)
    manager.connect()
    tasks, results = manager.get_task_queue(), manager.get_result_queue()
    while (number := tasks.get()) is not None:
        results.put(f"{number} * {number} = {number * number}")


if __name__ == "__main__":
    authkey = b"a long random secret in real use"
    # Port 0: the system picks a free port; 127.0.0.1: this machine only.
    with QueueManager(address=("127.0.0.1", 0), authkey=authkey) as manager:
        tasks, results = manager.get_task_queue(), manager.get_result_queue()
        for number in range(4):
            tasks.put(number)
        tasks.put(None)
        remote = Process(target=worker, args=(manager.address, authkey))
        remote.start()
        for _ in range(4):
            print(results.get(timeout=10))
        remote.join()
