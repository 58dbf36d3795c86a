from multiprocessing import Pool


def square(number):
    return number * number


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        print("apply:", pool.apply(square, (7,)))  # waits for the result

        pending = pool.apply_async(square, (8,))  # returns at once
        print("apply_async returned", type(pending).__name__)
        print("its result:", pending.get(timeout=10))

        batch = pool.map_async(square, range(5))
        print("map_async result:", batch.get(timeout=10))
