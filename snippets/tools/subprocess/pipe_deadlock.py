import subprocess
import sys

ECHO = "import sys\nfor line in sys.stdin: sys.stdout.write(line)"

if __name__ == "__main__":
    data = "a line of text\n" * 100_000  # 1.5 MB: far more than a pipe holds
    echo = subprocess.Popen(
        [sys.executable, "-c", ECHO],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    print(f"writing {len(data)} characters to the child...", flush=True)
    echo.stdin.write(data)  # never returns: see below
    echo.stdin.close()
    output = echo.stdout.read()
    echo.wait()
    print(f"read back {len(output)} characters")
