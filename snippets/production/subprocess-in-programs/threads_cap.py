import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

JOB = "import sys, time; time.sleep(0.2); print('job', sys.argv[1], 'done')"


def run_job(number):
    result = subprocess.run(
        [sys.executable, "-c", JOB, str(number)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.stdout.rstrip()


if __name__ == "__main__":
    # Each thread waits for one command: at most two commands at once.
    with ThreadPoolExecutor(max_workers=2) as executor:
        for output in executor.map(run_job, range(6)):
            print(output)
