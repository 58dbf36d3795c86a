from multiprocessing import Manager, Pool


def tag(number, seen):
    seen.add(number % 3)


if __name__ == "__main__":
    with Manager() as manager:
        seen = manager.set()  # Python 3.14+
        with Pool(2) as pool:
            pool.starmap(tag, [(number, seen) for number in range(10)])
        print("remainders seen:", sorted(seen))
        print("2 in seen:", 2 in seen, "| len:", len(seen))
