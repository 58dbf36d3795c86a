from multiprocessing import Pool


def read_lines(count):
    # A generator cannot be pickled, so it cannot be sent back
    return (f"line {number}" for number in range(count))


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(read_lines, [1, 2]))
