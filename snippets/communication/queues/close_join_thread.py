from multiprocessing import Process, Queue


def produce(result_queue):
    for number in range(3):
        result_queue.put(number)
    result_queue.close()  # this process puts nothing more on the queue
    result_queue.join_thread()  # wait until the feeder thread has written all
    print("producer: every item is in the pipe", flush=True)


if __name__ == "__main__":
    result_queue = Queue()
    producer = Process(target=produce, args=(result_queue,))
    producer.start()
    for _ in range(3):
        print("parent got", result_queue.get(), flush=True)
    producer.join()
