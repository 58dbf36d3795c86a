import os
from pathlib import Path

# Stands for a segment that nobody unlinks; the test names it, so that runs never share it.
Path("/dev/shm", os.environ["SCENARIO_SHM_NAME"]).touch()
print("started")
