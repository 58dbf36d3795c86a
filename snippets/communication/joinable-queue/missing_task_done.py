from multiprocessing import JoinableQueue, Process


def consume(task_queue):
    while True:
        number = task_queue.get()
        if number is None:
            break  # BUG: this get() is never matched by a task_done()
        print(f"{number} squared is {number * number}", flush=True)
        task_queue.task_done()


if __name__ == "__main__":
    task_queue = JoinableQueue()
    consumer = Process(target=consume, args=(task_queue,))
    consumer.start()
    for number in range(1, 4):
        task_queue.put(number)
    task_queue.put(None)
    task_queue.join()  # waits for a task_done() that never comes
    print("all tasks are done")
    consumer.join()
