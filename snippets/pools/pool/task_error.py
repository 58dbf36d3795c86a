from multiprocessing import Pool


def parse_number(text):
    return int(text)


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        pending = pool.apply_async(parse_number, ("forty",))
        pending.wait()
        print("the task has failed, and nothing was raised yet", flush=True)
        print("successful():", pending.successful())
        try:
            pending.get()
        except ValueError as error:
            print("get() raised ValueError:", error)
            print("its cause:", type(error.__cause__).__name__)

        try:
            pool.map(parse_number, ["12", "x", "40"])
        except ValueError as error:
            print("map() raised ValueError:", error)
