import os
from multiprocessing import Process


class Countdown(Process):
    def __init__(self, start_at):
        super().__init__(name=f"countdown-{start_at}")  # always call it
        self.start_at = start_at

    def run(self):  # start() calls this in the new process
        for number in range(self.start_at, 0, -1):
            print(f"{self.name} in pid {os.getpid()}: {number}", flush=True)


if __name__ == "__main__":
    print(f"parent pid: {os.getpid()}", flush=True)
    countdown = Countdown(2)
    countdown.start()
    countdown.join()
    print("calling run() directly runs it here, in the parent:", flush=True)
    countdown.run()
