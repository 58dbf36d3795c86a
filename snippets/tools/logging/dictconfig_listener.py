import logging
import logging.config
import logging.handlers
from multiprocessing import Process

LOGGING = {
    "version": 1,
    "formatters": {
        "short": {"format": "%(processName)-11s %(levelname)-7s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "short",
            "stream": "ext://sys.stdout",
        },
        "to_queue": {
            "class": "logging.handlers.QueueHandler",
            "queue": {"()": "multiprocessing.Queue"},
            "handlers": ["console"],
        },
    },
    "root": {"handlers": ["to_queue"], "level": "INFO"},
}


def work(log_queue):
    root = logging.getLogger()
    root.handlers.clear()  # a forked child inherits its parent's handlers
    root.addHandler(logging.handlers.QueueHandler(log_queue))
    root.setLevel(logging.INFO)
    logging.getLogger("app.worker").info("hello from the worker")


if __name__ == "__main__":
    logging.config.dictConfig(LOGGING)
    queue_handler = logging.getHandlerByName("to_queue")
    worker = Process(target=work, args=(queue_handler.queue,), name="worker")
    worker.start()  # before any thread starts here
    # dictConfig() built the listener but did not start it:
    queue_handler.listener.start()
    logging.getLogger("app").info("started the worker")
    worker.join()
    queue_handler.listener.stop()
