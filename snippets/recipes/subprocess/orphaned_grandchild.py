import os
import signal
import subprocess

# A shell script that starts a long command and prints its pid
SCRIPT = "sleep 60 & echo $!; wait"


def is_running(pid):
    try:
        os.kill(pid, 0)  # signal 0 checks that the process exists
    except ProcessLookupError:
        return False
    return True


if __name__ == "__main__":
    with subprocess.Popen(
        ["sh", "-c", SCRIPT], stdout=subprocess.PIPE, text=True
    ) as shell:
        sleep_pid = int(shell.stdout.readline())
        try:
            shell.communicate(timeout=0.5)
        except subprocess.TimeoutExpired:
            shell.kill()  # what run(..., timeout=...) does
            shell.wait()
    print("the shell exited with", shell.returncode)
    print("its sleep still running:", is_running(sleep_pid))
    os.kill(sleep_pid, signal.SIGTERM)
