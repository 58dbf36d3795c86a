import subprocess
import sys

SLOW = "import time; time.sleep(60)"

if __name__ == "__main__":
    with subprocess.Popen(
        [sys.executable, "-c", SLOW], stdout=subprocess.PIPE, text=True
    ) as child:
        try:
            child.communicate(timeout=0.5)
        except subprocess.TimeoutExpired:
            print("TimeoutExpired; child still running:", child.poll() is None)
            child.kill()
            child.communicate()  # read what is left, wait for the end
        print("returncode:", child.returncode)
