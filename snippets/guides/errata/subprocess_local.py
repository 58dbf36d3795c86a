import subprocess
import sys

if __name__ == "__main__":
    # A command that needs no network: a second Python that reads stdin.
    command = [
        sys.executable,
        "-c",
        "import sys; print(sys.stdin.read()[::-1])",
    ]
    completed = subprocess.run(
        command, input="python.org", capture_output=True, text=True
    )
    print(f"output: {completed.stdout.strip()}")
    print(f"exit code: {completed.returncode}")
