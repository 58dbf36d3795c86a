import os
import signal
import time


def describe(status):
    if os.WIFEXITED(status):
        return f"exited with code {os.WEXITSTATUS(status)}"
    if os.WIFSIGNALED(status):
        name = signal.Signals(os.WTERMSIG(status)).name
        return f"killed by signal {os.WTERMSIG(status)} ({name})"
    return "stopped or continued"


def start_child(action):
    pid = os.fork()
    if pid == 0:
        action()
        os._exit(0)
    return pid


if __name__ == "__main__":
    children = {
        "returned": start_child(lambda: None),
        "os._exit(3)": start_child(lambda: os._exit(3)),
        "killed": start_child(lambda: time.sleep(60)),
    }
    os.kill(children["killed"], signal.SIGTERM)
    for label, pid in children.items():
        _, status = os.waitpid(pid, 0)
        exit_code = os.waitstatus_to_exitcode(status)
        print(f"{label}: {describe(status)}; exit code {exit_code}")
