from multiprocessing import Pool


def work(number):
    return f"worker {number} done"


if __name__ == "__main__":
    with Pool(3) as pool:
        for line in pool.map(work, range(3)):  # results in input order
            print(line)
