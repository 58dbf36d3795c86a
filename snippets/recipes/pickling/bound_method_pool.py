from multiprocessing import Pool


class Report:
    def __init__(self, numbers):
        self.numbers = numbers
        self.pool = Pool(2)

    def square(self, number):
        return number * number

    def run(self):
        # self.square carries self, and self carries self.pool
        return self.pool.map(self.square, self.numbers)


if __name__ == "__main__":
    report = Report([1, 2, 3])
    try:
        print(report.run())
    finally:
        report.pool.terminate()
