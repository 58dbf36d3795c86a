from multiprocessing import Pool


def square(number):
    return number * number


class Report:
    def __init__(self, numbers):
        self.numbers = numbers

    def run(self, pool):
        return pool.map(square, self.numbers)


if __name__ == "__main__":
    report = Report([1, 2, 3])
    with Pool(2) as pool:
        print(report.run(pool))
