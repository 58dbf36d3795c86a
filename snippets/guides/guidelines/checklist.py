from multiprocessing import Process, Queue


def square_all(tasks, results):  # top level: picklable by name
    while (number := tasks.get()) is not None:
        results.put((number, number * number))


def main():
    tasks, results = Queue(), Queue()  # made here, passed explicitly
    workers = [
        Process(target=square_all, args=(tasks, results)) for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    numbers = range(6)
    for number in numbers:
        tasks.put(number)
    for _ in workers:
        tasks.put(None)  # one sentinel per worker: they end by themselves
    squares = dict(results.get() for _ in numbers)  # drain, then join
    for worker in workers:
        worker.join()
        assert worker.exitcode == 0
    print([squares[number] for number in numbers])


if __name__ == "__main__":  # nothing runs on import
    main()
