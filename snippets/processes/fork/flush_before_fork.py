import os
import sys

if __name__ == "__main__":
    print("Starting... ", end="")
    sys.stdout.flush()  # empty the buffer before fork() copies it
    child_pid = os.fork()
    if child_pid == 0:
        print("child done")
        sys.exit(0)
    os.waitpid(child_pid, 0)
    print("parent done")
