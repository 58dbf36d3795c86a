from multiprocessing import Barrier, JoinableQueue, Process, Queue

CONSUMERS = 2


def consume(all_started, task_queue, result_queue):
    all_started.wait()
    while True:  # no sentinel: the process ends with the main process
        number = task_queue.get()
        try:
            result_queue.put(number * number)
        finally:
            task_queue.task_done()


if __name__ == "__main__":
    all_started = Barrier(CONSUMERS + 1)
    task_queue = JoinableQueue()
    result_queue = Queue()
    for _ in range(CONSUMERS):
        Process(
            target=consume,
            args=(all_started, task_queue, result_queue),
            daemon=True,
        ).start()
    all_started.wait()  # see below: never exit while a daemon is starting
    for batch in ([1, 2, 3], [4, 5]):
        for number in batch:
            task_queue.put(number)
        task_queue.join()  # this batch is finished; the consumers live on
        squares = sorted(result_queue.get() for _ in batch)
        print(f"batch {batch}: squares {squares}")
