from multiprocessing import JoinableQueue, Process, Queue


class Task:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __call__(self):
        return f"{self.a} * {self.b} = {self.a * self.b}"


class Consumer(Process):
    def __init__(self, task_queue, result_queue):
        super().__init__()
        self.task_queue = task_queue
        self.result_queue = result_queue

    def run(self):
        while True:
            task = self.task_queue.get()
            try:
                if task is None:  # the sentinel: no more tasks
                    break
                self.result_queue.put(task())
            finally:
                self.task_queue.task_done()  # once per get(), sentinel too


if __name__ == "__main__":
    task_queue = JoinableQueue()
    result_queue = Queue()
    consumers = [Consumer(task_queue, result_queue) for _ in range(2)]
    for consumer in consumers:
        consumer.start()
    task_count = 5
    for number in range(task_count):
        task_queue.put(Task(number, number + 1))
    for _ in consumers:
        task_queue.put(None)
    task_queue.join()  # returns once task_done() has matched every put()
    print("all tasks are done")
    for result in sorted(result_queue.get() for _ in range(task_count)):
        print(result)
    for consumer in consumers:
        consumer.join()
