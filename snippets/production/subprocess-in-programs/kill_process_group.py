import os
import signal
import subprocess

with subprocess.Popen(
    ["sh", "-c", "sleep 60 & echo shell done"],
    stdout=subprocess.PIPE,
    text=True,
    start_new_session=True,  # the shell and its jobs get a group
) as shell:
    print("output:", shell.stdout.readline().strip())
    print("shell exit code:", shell.wait())
    # The background sleep still holds the pipe: end the whole group.
    os.killpg(shell.pid, signal.SIGTERM)
    print("rest of the output:", repr(shell.stdout.read()))
