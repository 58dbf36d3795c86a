from multiprocessing import Process


class Countdown(Process):
    def __init__(self, start_at):
        self.start_at = start_at  # Process.__init__ never runs

    def run(self):
        print(self.start_at)


if __name__ == "__main__":
    countdown = Countdown(3)
    countdown.start()
