from multiprocessing import JoinableQueue, Process, Queue


class Task:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __call__(self):
        return f"{self.a} * {self.b} = {self.a * self.b}"


class Worker(Process):
    def __init__(self, task_queue, result_queue):
        super().__init__()
        self.task_queue = task_queue
        self.result_queue = result_queue

    def run(self):
        while True:
            task = self.task_queue.get()
            try:
                if task is None:  # the sentinel
                    return
                self.result_queue.put(task())
            finally:
                self.task_queue.task_done()  # for every get()


if __name__ == "__main__":
    tasks, results = JoinableQueue(), Queue()
    workers = [Worker(tasks, results) for _ in range(2)]
    for worker in workers:
        worker.start()
    for i in range(5):
        tasks.put(Task(i, i + 1))
    for _ in workers:  # exactly one sentinel per worker
        tasks.put(None)
    tasks.join()  # returns once task_done() was called for every item
    for _ in range(5):
        print(f"Result: {results.get()}")
    for worker in workers:
        worker.join()
