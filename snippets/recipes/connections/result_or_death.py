import os
from multiprocessing import Pipe, Process
from multiprocessing.connection import wait


def worker(connection):
    os._exit(3)  # crashes before it sends its answer


if __name__ == "__main__":
    parent_end, child_end = Pipe()
    child = Process(target=worker, args=(child_end,))
    child.start()
    # parent_end.recv() alone would wait forever: the parent still holds
    # child_end, so the pipe never reports its end
    ready = wait([parent_end, child.sentinel])
    if parent_end in ready:
        print("answer:", parent_end.recv())
    else:
        child.join()
        print("the worker ended without answering, exit code", child.exitcode)
