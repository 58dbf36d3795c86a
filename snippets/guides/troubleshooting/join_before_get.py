from multiprocessing import Process, Queue


def produce(results):
    results.put(b"x" * 1_000_000)  # more than a pipe holds


if __name__ == "__main__":
    results = Queue()
    producer = Process(target=produce, args=(results,))
    producer.start()
    producer.join(timeout=2)  # a plain join() would wait here forever
    print(f"producer still running after join: {producer.is_alive()}")
    data = results.get()  # reading the data lets the producer exit
    producer.join()
    print(f"received {len(data)} bytes, exit code {producer.exitcode}")
