import subprocess
import sys

ECHO = "import sys\nfor line in sys.stdin: sys.stdout.write(line)"

if __name__ == "__main__":
    data = "a line of text\n" * 100_000
    echo = subprocess.Popen(
        [sys.executable, "-c", ECHO],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    print(f"writing {len(data)} characters to the child...", flush=True)
    # communicate() writes and reads at the same time, so neither side
    # waits for a full pipe to empty.
    output, _ = echo.communicate(data, timeout=60)
    print(f"read back {len(output)} characters")
    print("returncode:", echo.returncode)
