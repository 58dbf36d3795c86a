import os
import signal
import subprocess

SCRIPT = "sleep 60 & echo $!; wait"

if __name__ == "__main__":
    with subprocess.Popen(
        ["sh", "-c", SCRIPT],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,  # the shell leads a new process group
    ) as shell:
        shell.stdout.readline()  # the sleep has started
        try:
            shell.communicate(timeout=0.5)
        except subprocess.TimeoutExpired:
            # The group's id is the leader's pid: this kills shell and sleep
            os.killpg(shell.pid, signal.SIGKILL)
            # Returns only when every process that held the pipe is gone
            rest, _ = shell.communicate()
    print("the shell exited with", shell.returncode)
    print("output after the kill:", repr(rest))
