from multiprocessing import Process, Queue


class Summer(Process):
    def __init__(self, numbers, results):
        super().__init__()
        self.numbers = numbers
        self.results = results
        self.total = None

    def run(self):
        self.total = sum(self.numbers)  # sets the child's copy only
        self.results.put(self.total)


if __name__ == "__main__":
    results = Queue()
    summer = Summer([1, 2, 3, 4], results)
    summer.start()
    total = results.get()
    summer.join()
    print(f"from the queue: {total}")
    print(f"summer.total in the parent: {summer.total}")
