import os
import sys

if __name__ == "__main__":
    print("Starting... ", end="")  # no newline: the text waits in a buffer
    child_pid = os.fork()
    if child_pid == 0:
        print("child done")
        sys.exit(0)  # a normal exit flushes the child's copy of the buffer
    os.waitpid(child_pid, 0)
    print("parent done")
