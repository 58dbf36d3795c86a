import logging
import sys
from multiprocessing import Process


def work():
    logger = logging.getLogger("app.worker")
    logger.info("info from the child")
    logger.warning("warning from the child")


if __name__ == "__main__":
    logging.basicConfig(
        level=logging.INFO,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stdout,
    )
    logging.getLogger("app").info("info from the parent")
    child = Process(target=work)
    child.start()
    child.join()
