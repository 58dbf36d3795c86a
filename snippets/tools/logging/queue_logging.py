import logging
import logging.handlers
import sys
from multiprocessing import Process, Queue


def configure_logging(log_queue):
    root = logging.getLogger()
    root.handlers.clear()  # a forked child inherits its parent's handlers
    root.addHandler(logging.handlers.QueueHandler(log_queue))
    root.setLevel(logging.INFO)


def work(log_queue, number):
    configure_logging(log_queue)
    logger = logging.getLogger("app.worker")
    logger.info("task %d started", number)
    if number == 2:
        logger.warning("task %d found a problem", number)
    logger.info("task %d done", number)


if __name__ == "__main__":
    log_queue = Queue()
    workers = [
        Process(target=work, args=(log_queue, number), name=f"worker-{number}")
        for number in range(1, 4)
    ]
    for worker in workers:
        worker.start()  # before any thread starts here: see "fork and threads"

    console = logging.StreamHandler(sys.stdout)
    console.setFormatter(
        logging.Formatter("%(processName)-11s %(levelname)-7s %(message)s")
    )
    listener = logging.handlers.QueueListener(log_queue, console)
    listener.start()
    configure_logging(log_queue)  # the parent logs through the queue too
    logger = logging.getLogger("app")
    logger.info("started 3 workers")
    for worker in workers:
        worker.join()
    logger.info("all workers done")
    listener.stop()  # writes what is still queued, then ends its thread
