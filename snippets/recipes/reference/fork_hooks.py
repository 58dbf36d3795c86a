import os


def in_child():
    print("child: the at-fork hook ran", flush=True)


if __name__ == "__main__":
    os.register_at_fork(after_in_child=in_child)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.read(read_end, 1)  # wait for the parent's go
        os._exit(7)
    print("parent: waitpid(WNOHANG) ->", os.waitpid(pid, os.WNOHANG))
    os.write(write_end, b"x")
    _, status = os.waitpid(pid, 0)
    print("parent: exit code", os.waitstatus_to_exitcode(status))
