from multiprocessing import Process, Queue


def produce(result_queue):
    result_queue.put(b"x" * 1_000_000)  # more than the pipe can hold
    result_queue.cancel_join_thread()  # exit without waiting for a reader
    print(
        "producer: exiting without waiting for the feeder thread", flush=True
    )


if __name__ == "__main__":
    result_queue = Queue()
    producer = Process(target=produce, args=(result_queue,))
    producer.start()
    producer.join()  # returns, unlike in join_before_drain.py
    print(f"producer exit code {producer.exitcode}")
