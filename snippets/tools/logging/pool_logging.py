import logging
import logging.handlers
import sys
from multiprocessing import Pool, Queue


def configure_logging(log_queue):
    root = logging.getLogger()
    root.handlers.clear()  # a forked child inherits its parent's handlers
    root.addHandler(logging.handlers.QueueHandler(log_queue))
    root.setLevel(logging.INFO)


def square(number):
    logging.getLogger("app.task").info("squaring %d", number)
    return number * number


if __name__ == "__main__":
    log_queue = Queue()
    with Pool(2, initializer=configure_logging, initargs=(log_queue,)) as pool:
        # The pool has started its workers; only now start the listener's
        # thread: see "fork and threads".
        console = logging.StreamHandler(sys.stdout)
        console.setFormatter(
            logging.Formatter("%(levelname)s %(name)s: %(message)s")
        )
        listener = logging.handlers.QueueListener(log_queue, console)
        listener.start()
        squares = pool.map(square, range(1, 5))
        pool.close()  # let the workers exit normally, flushing their queue
        pool.join()
    listener.stop()
    print("squares:", squares)
