import shlex
import subprocess
import sys

PRINT_PID = "import os; print(os.getpid())"

if __name__ == "__main__":
    command = [sys.executable, "-c", PRINT_PID]
    with subprocess.Popen(command, stdout=subprocess.PIPE) as child:
        printed = int(child.stdout.read())
    print("without a shell, pid is the program:", child.pid == printed)

    # The shell starts the program as its own child, then runs "true"
    line = shlex.join(command) + "; true"
    with subprocess.Popen(line, shell=True, stdout=subprocess.PIPE) as shell:
        printed = int(shell.stdout.read())
    print("with shell=True, pid is the program:", shell.pid == printed)
