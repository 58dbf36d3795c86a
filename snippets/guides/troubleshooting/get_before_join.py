from multiprocessing import Process, Queue


def produce(results):
    results.put(b"x" * 1_000_000)


if __name__ == "__main__":
    results = Queue()
    producer = Process(target=produce, args=(results,))
    producer.start()
    data = results.get()  # drain the queue first...
    producer.join()  # ...then join
    print(f"received {len(data)} bytes")
