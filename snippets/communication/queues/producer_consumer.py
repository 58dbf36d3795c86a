from multiprocessing import Process, Queue

CONSUMER_COUNT = 3


def consume(task_queue):
    while (number := task_queue.get()) is not None:
        print(f"{number} squared is {number * number}", flush=True)
    print("a consumer got its sentinel and stops", flush=True)


if __name__ == "__main__":
    task_queue = Queue()
    consumers = [
        Process(target=consume, args=(task_queue,))
        for _ in range(CONSUMER_COUNT)
    ]
    for consumer in consumers:
        consumer.start()
    for number in range(1, 8):
        task_queue.put(number)
    for _ in consumers:
        task_queue.put(None)  # one sentinel per consumer, after all the work
    for consumer in consumers:
        consumer.join()
    print("all consumers have stopped")
