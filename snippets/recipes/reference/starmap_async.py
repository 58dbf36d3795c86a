from multiprocessing import Pool


def power(base, exponent):
    return base**exponent


def report(results):
    print("callback got:", results, flush=True)


if __name__ == "__main__":
    with Pool(2) as pool:
        arguments = [(2, 3), (3, 2), (10, 2)]
        pending = pool.starmap_async(power, arguments, callback=report)
        print("starmap_async() returned an", type(pending).__name__)
        print("get():", pending.get())
