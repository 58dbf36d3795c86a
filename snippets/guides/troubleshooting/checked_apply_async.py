from multiprocessing import Pool


def invert(number):
    return 1 / number


if __name__ == "__main__":
    with Pool(2) as pool:
        pending = {n: pool.apply_async(invert, (n,)) for n in [2, 0, 4]}
        for number, result in pending.items():
            try:
                print(f"1/{number} = {result.get()}")
            except ZeroDivisionError as error:
                print(f"1/{number} failed: {error!r}")
