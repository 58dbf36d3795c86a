import logging
import multiprocessing


def work():
    multiprocessing.get_logger().info("working")


if __name__ == "__main__":
    multiprocessing.log_to_stderr(logging.INFO)
    worker = multiprocessing.Process(target=work)
    worker.start()
    worker.join()
