import subprocess
import sys

# A child that keeps the run's stdout open: the run seems to go on until its time-out.
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
print("started", flush=True)
