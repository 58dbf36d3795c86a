import subprocess
import sys

GREET = "import sys; print('hello from', sys.argv[1])"
SHOUT = "import sys; print(sys.stdin.read().upper(), end='')"

if __name__ == "__main__":
    result = subprocess.run(
        [sys.executable, "-c", GREET, "the child"],
        capture_output=True,
        text=True,
    )
    print("args[1:]:", result.args[1:])
    print("returncode:", result.returncode)
    print("stdout:", repr(result.stdout))
    print("stderr:", repr(result.stderr))

    result = subprocess.run(
        [sys.executable, "-c", SHOUT],
        input="please be quiet\n",
        capture_output=True,
        text=True,
        check=True,
    )
    print("shouted back:", result.stdout, end="")
