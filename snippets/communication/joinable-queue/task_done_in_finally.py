from multiprocessing import JoinableQueue, Process


def consume(task_queue):
    while True:
        number = task_queue.get()
        try:
            if number is None:
                break
            print(f"{number} squared is {number * number}", flush=True)
        finally:
            task_queue.task_done()  # runs for the sentinel and on errors too


if __name__ == "__main__":
    task_queue = JoinableQueue()
    consumer = Process(target=consume, args=(task_queue,))
    consumer.start()
    for number in range(1, 4):
        task_queue.put(number)
    task_queue.put(None)
    task_queue.join()
    print("all tasks are done")
    consumer.join()
