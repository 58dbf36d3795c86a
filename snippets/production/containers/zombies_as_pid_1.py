import os

import container


def leave_an_orphan():
    """Start a child that starts a grandchild, then exits at once."""
    child = os.fork()
    if child == 0:
        if os.fork() == 0:
            os._exit(0)  # the grandchild ends too
        os._exit(0)
    os.waitpid(child, 0)  # the child is reaped; its child is now ours


def as_process_1():
    leave_an_orphan()
    # Wait until the orphan has ended, without reaping it.
    orphan = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOWAIT)
    print(f"orphan {orphan.si_pid} ended; nobody reaped it: a zombie")
    # What an init process does: reap every child that has ended.
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            break
        print(f"reaped {pid}, exit code {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    container.run(as_process_1, pid=True)
