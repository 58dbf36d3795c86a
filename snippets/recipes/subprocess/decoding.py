import subprocess
import sys

# The child writes "café" encoded as Latin-1, not UTF-8
CHILD = "import sys; sys.stdout.buffer.write('café\\n'.encode('latin-1'))"

if __name__ == "__main__":
    command = [sys.executable, "-c", CHILD]
    raw = subprocess.run(command, capture_output=True).stdout
    print("bytes:", raw)
    try:
        subprocess.run(command, capture_output=True, encoding="utf-8")
    except UnicodeDecodeError as error:
        print("UnicodeDecodeError:", error)
    replaced = subprocess.run(
        command, capture_output=True, encoding="utf-8", errors="replace"
    )
    print("errors='replace':", repr(replaced.stdout))
    right = subprocess.run(command, capture_output=True, encoding="latin-1")
    print("encoding='latin-1':", repr(right.stdout))
