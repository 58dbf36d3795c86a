from multiprocessing import Queue

if __name__ == "__main__":
    task_queue = Queue()
    looked_empty = 0
    for attempt in range(1000):
        task_queue.put(attempt)
        if task_queue.empty():  # the item was put, yet the queue looks empty
            looked_empty += 1
        task_queue.get()
    print("empty() said True right after a put():", looked_empty > 0)
