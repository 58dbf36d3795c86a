from concurrent.futures import ProcessPoolExecutor


class ParseError(Exception):
    def __init__(self, line_number, reason):
        super().__init__(f"line {line_number}: {reason}")
        self.line_number = line_number
        self.reason = reason


def parse(line_number):
    if line_number == 3:
        raise ParseError(line_number, "unexpected end of input")
    return line_number


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(parse, range(5))))
