from multiprocessing import Pool

TARGET = 1_522_756  # the square of the number we look for


def check(number):
    return number if number * number == TARGET else None


if __name__ == "__main__":
    with Pool(2) as pool:
        for found in pool.imap_unordered(check, range(10_000_000), 1000):
            if found is not None:
                print("found:", found)
                break
    # Leaving the with block calls pool.terminate(): the tasks still
    # queued are dropped and the workers are stopped
    print("pool stopped")
