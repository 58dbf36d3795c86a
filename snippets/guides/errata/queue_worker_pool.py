from multiprocessing import Process, Queue


def work(worker_number, tasks, results):
    while True:
        number = tasks.get()
        if number is None:  # the sentinel: no more work
            return
        results.put((number, number**2, worker_number))


if __name__ == "__main__":
    worker_count = 3
    tasks, results = Queue(), Queue()
    workers = [
        Process(target=work, args=(n, tasks, results))
        for n in range(worker_count)
    ]
    for worker in workers:
        worker.start()
    numbers = range(1, 8)
    for number in numbers:
        tasks.put(number)
    for _ in workers:
        tasks.put(None)  # one sentinel per worker
    answers = [results.get() for _ in numbers]  # drain before joining
    for worker in workers:
        worker.join()
    for number, square, _ in sorted(answers):
        print(f"{number} squared is {square}")
