import os
import time
from multiprocessing import Process


class ClockProcess(Process):
    def __init__(self, interval):  # __init__, not __int__
        super().__init__()  # Process sets itself up first
        self.interval = interval

    def run(self):  # what start() runs in the child
        started = time.monotonic()
        time.sleep(self.interval)
        elapsed = time.monotonic() - started
        print(f"{self.name} (pid {os.getpid()}) slept {elapsed:.1f} s")


if __name__ == "__main__":
    p1 = ClockProcess(0.2)
    p1.start()  # the same name that was assigned
    p1.join()
    print(f"exit code {p1.exitcode}")
