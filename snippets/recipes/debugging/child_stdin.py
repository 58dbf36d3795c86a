import os
import sys
from multiprocessing import Process


def look_at_stdin():
    stdin_status = os.fstat(sys.stdin.fileno())
    is_null = os.path.samestat(stdin_status, os.stat(os.devnull))
    print("the child's stdin is", os.devnull, "->", is_null)
    print("reading it gives", repr(sys.stdin.read()))


if __name__ == "__main__":
    child = Process(target=look_at_stdin)
    child.start()
    child.join()
