from multiprocessing import Pool


def invert(number):
    return 1 / number


if __name__ == "__main__":
    with Pool(2) as pool:
        for number in [2, 0, 4]:
            pool.apply_async(invert, (number,))  # the result is dropped
        pool.close()
        pool.join()
    print("all tasks done, no error reported")
