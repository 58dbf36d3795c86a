import faulthandler
from multiprocessing import Process, Queue


def consume(task_queue):
    # If this process is still running in 2 seconds, print where every
    # thread is waiting, then exit
    faulthandler.dump_traceback_later(2, exit=True)
    task = task_queue.get()  # nobody ever puts anything: waits forever
    print("got", task)


if __name__ == "__main__":
    task_queue = Queue()
    consumer = Process(target=consume, args=(task_queue,))
    consumer.start()
    consumer.join()
    print("consumer exit code:", consumer.exitcode)
