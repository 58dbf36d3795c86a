import pickle
from multiprocessing import Pool


class ParseError(Exception):
    def __init__(self, line_number, reason):
        # Every argument goes to Exception.__init__, into self.args:
        # unpickling calls ParseError(*self.args)
        super().__init__(line_number, reason)
        self.line_number = line_number
        self.reason = reason

    def __str__(self):
        return f"line {self.line_number}: {self.reason}"


def parse(line_number):
    if line_number == 3:
        raise ParseError(line_number, "unexpected end of input")
    return line_number


if __name__ == "__main__":
    copy = pickle.loads(pickle.dumps(ParseError(3, "no input")))
    print("round trip:", repr(copy), "->", copy)

    with Pool(2) as pool:
        try:
            print(pool.map(parse, range(5)))
        except ParseError as error:
            print("caught:", error, "| line_number =", error.line_number)
