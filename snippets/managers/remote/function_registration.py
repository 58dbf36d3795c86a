import queue
from multiprocessing.managers import BaseManager

task_queue = queue.Queue()


def get_task_queue():
    return task_queue


class QueueManager(BaseManager):
    pass


QueueManager.register("get_task_queue", callable=get_task_queue)

if __name__ == "__main__":
    with QueueManager() as manager:  # starts the server process
        tasks = manager.get_task_queue()
        tasks.put("hello")
        print("got back:", tasks.get())
