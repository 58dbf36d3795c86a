import os
from pathlib import Path


def process_state(pid):
    stat = Path(f"/proc/{pid}/stat").read_text()
    return stat.rsplit(")", 1)[1].split()[0]  # R, S, Z, ...


if __name__ == "__main__":
    child_pid = os.fork()
    if child_pid == 0:
        os._exit(0)
    # Wait until the child has exited, but leave it unreaped (WNOWAIT).
    os.waitid(os.P_PID, child_pid, os.WEXITED | os.WNOWAIT)
    print(f"exited, not yet reaped: state {process_state(child_pid)}")
    os.waitpid(child_pid, 0)  # reap it
    print(f"reaped: /proc entry exists: {Path(f'/proc/{child_pid}').exists()}")
