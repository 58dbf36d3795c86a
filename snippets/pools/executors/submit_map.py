from concurrent.futures import ProcessPoolExecutor


def square(number):
    return number * number


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(square, 7)  # returns at once
        print("submit returned a", type(future).__name__)
        print("its result:", future.result(timeout=10))

        print("map:", list(executor.map(square, range(10))))
        in_chunks = executor.map(square, range(10), chunksize=5)
        print("map, chunksize=5:", list(in_chunks))

        later = [executor.submit(square, number) for number in (8, 9)]
    # Leaving the block waited for every submitted call to finish.
    print("after the block:", [future.result() for future in later])
