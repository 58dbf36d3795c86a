import subprocess
import sys

# The child reports each step, then waits until the parent says "next".
CHILD = """
import sys
for step in range(1, 4):
    print(f"step {step} done", flush=True)
    sys.stdin.readline()
"""

if __name__ == "__main__":
    with subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        for line in child.stdout:
            print("parent got:", line.rstrip(), flush=True)
            child.stdin.write("next\n")
            child.stdin.flush()
    print("child exited with", child.returncode)
