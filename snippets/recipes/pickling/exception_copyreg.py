import copyreg
from multiprocessing import Pool


# Imagine this class comes from a library you cannot change
class ParseError(Exception):
    def __init__(self, line_number, reason):
        super().__init__(f"line {line_number}: {reason}")
        self.line_number = line_number
        self.reason = reason


def reduce_parse_error(error):
    return ParseError, (error.line_number, error.reason)


# At the top level, so that the workers, which pickle the exception,
# register it too
copyreg.pickle(ParseError, reduce_parse_error)


def parse(line_number):
    if line_number == 3:
        raise ParseError(line_number, "unexpected end of input")
    return line_number


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            print(pool.map(parse, range(5)))
        except ParseError as error:
            print("caught:", error, "| reason =", error.reason)
