import shlex
import subprocess

if __name__ == "__main__":
    file_name = "notes; echo oops.txt"  # a name a user typed

    print("shell=True, pasted in:", flush=True)
    subprocess.run(f"echo {file_name}", shell=True)

    print("shell=True, shlex.quote():", flush=True)
    subprocess.run(f"echo {shlex.quote(file_name)}", shell=True)

    print("a list, no shell:", flush=True)
    subprocess.run(["echo", file_name])

    print("the line shlex.join() builds:", shlex.join(["echo", file_name]))
