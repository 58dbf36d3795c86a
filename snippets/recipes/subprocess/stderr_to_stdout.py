import subprocess
import sys

CHILD = """
import sys
print("reading config", flush=True)
print("warning: no config file, using defaults", file=sys.stderr, flush=True)
print("done", flush=True)
"""

if __name__ == "__main__":
    command = [sys.executable, "-c", CHILD]

    separate = subprocess.run(command, capture_output=True, text=True)
    print("stdout:", repr(separate.stdout))
    print("stderr:", repr(separate.stderr))

    # One pipe for both streams: the lines keep the order they were written
    combined = subprocess.check_output(
        command, stderr=subprocess.STDOUT, text=True
    )
    print("combined:")
    print(combined, end="")
