import signal
import subprocess

if __name__ == "__main__":
    # The shell's  yes | head -n 3
    yes = subprocess.Popen(["yes"], stdout=subprocess.PIPE)
    head = subprocess.Popen(
        ["head", "-n", "3"], stdin=yes.stdout, stdout=subprocess.PIPE
    )
    yes.stdout.close()  # now head holds the only read end of the pipe
    output, _ = head.communicate()
    print("head printed:", output.split())
    print("head exited with", head.returncode)
    yes.wait()
    print("yes exited with", yes.returncode)
    print("killed by SIGPIPE:", yes.returncode == -signal.SIGPIPE)
