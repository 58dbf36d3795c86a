from multiprocessing import JoinableQueue, Process, Queue


def consume(task_queue, result_queue):
    while True:  # no sentinel: the process ends with the main process
        number = task_queue.get()
        try:
            result_queue.put(number * number)
        finally:
            task_queue.task_done()


if __name__ == "__main__":
    task_queue = JoinableQueue()
    result_queue = Queue()
    for _ in range(2):
        Process(
            target=consume, args=(task_queue, result_queue), daemon=True
        ).start()
    for batch in ([1, 2, 3], [4, 5]):
        for number in batch:
            task_queue.put(number)
        task_queue.join()  # this batch is finished; the consumers live on
        squares = sorted(result_queue.get() for _ in batch)
        print(f"batch {batch}: squares {squares}")
