from multiprocessing import Pool


def square(number):
    return number * number


def power(base, exponent):
    return base**exponent


if __name__ == "__main__":
    with Pool(processes=4) as pool:
        print("map:    ", pool.map(square, range(10)))
        print("starmap:", pool.starmap(power, [(2, 3), (3, 2), (10, 4)]))
        for result in pool.imap(square, [10, 20, 30]):
            print("imap:   ", result)  # each result as soon as it is ready
