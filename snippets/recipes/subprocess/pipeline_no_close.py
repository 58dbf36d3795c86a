import subprocess

if __name__ == "__main__":
    # The shell's  yes | head -n 3
    yes = subprocess.Popen(["yes"], stdout=subprocess.PIPE)
    head = subprocess.Popen(
        ["head", "-n", "3"], stdin=yes.stdout, stdout=subprocess.PIPE
    )
    output, _ = head.communicate()
    print("head printed:", output.split(), flush=True)
    print("head exited with", head.returncode, flush=True)
    yes.wait()
    print("yes exited with", yes.returncode)
