from multiprocessing import Pool


def square(number):
    return number * number


if __name__ == "__main__":
    numbers = range(20)
    results = []
    with Pool(4) as pool:
        for result in pool.imap_unordered(square, numbers):
            results.append(result)
            if len(results) % 5 == 0:
                print(f"done {len(results)} of {len(numbers)}", flush=True)
    print("sum of squares:", sum(results))
