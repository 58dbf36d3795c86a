import os

if __name__ == "__main__":
    print(f"Process ({os.getpid()}) start...", flush=True)  # flush first
    pid = os.fork()
    if pid == 0:
        print(f"I am child process ({os.getpid()}), parent {os.getppid()}")
        os._exit(0)  # the child must not go on running the parent's code
    _, status = os.waitpid(pid, 0)  # reap the child: no zombie
    print(f"I ({os.getpid()}) created child ({pid}), exit status {status}")
