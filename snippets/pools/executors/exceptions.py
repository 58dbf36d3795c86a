from concurrent.futures import ProcessPoolExecutor


def parse_number(text):
    return int(text)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(parse_number, "forty")
        print("exception():", repr(future.exception()))
        try:
            future.result()
        except ValueError as error:
            print("result() raised ValueError:", error)

        results = executor.map(parse_number, ["12", "x", "40"])
        try:
            for number in results:
                print("map gave", number)
        except ValueError as error:
            print("map raised ValueError:", error)
