import os

if __name__ == "__main__":
    print(f"parent: my pid is {os.getpid()}", flush=True)
    child_pid = os.fork()
    if child_pid == 0:
        # In the child, fork() returned 0.
        print(
            f"child: fork() returned 0; my pid is {os.getpid()},"
            f" my parent's is {os.getppid()}",
            flush=True,
        )
        os._exit(0)  # end the child here, never run the parent's code
    # In the parent, fork() returned the child's pid.
    waited_pid, status = os.waitpid(child_pid, 0)
    print(f"parent: fork() returned {child_pid}")
    print(f"parent: waitpid() reaped {waited_pid}, status {status}")
