import subprocess
import sys

# A child that closes its copies of the pipes: the run ends at once, the child stays.
subprocess.Popen(
    [sys.executable, "-c", "import time; time.sleep(60)"],
    stdout=subprocess.DEVNULL,
    stderr=subprocess.DEVNULL,
)
print("started")
