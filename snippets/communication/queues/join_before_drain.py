from multiprocessing import Process, Queue


def produce(result_queue):
    result_queue.put(b"x" * 1_000_000)  # more than the pipe can hold
    print("producer: put() has returned, now exiting", flush=True)


if __name__ == "__main__":
    result_queue = Queue()
    producer = Process(target=produce, args=(result_queue,))
    producer.start()
    producer.join()  # BUG: waits for the producer, which waits for a reader
    data = result_queue.get()
    print(f"got {len(data)} bytes")
