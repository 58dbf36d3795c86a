import pickle


class ParseError(Exception):
    def __init__(self, line_number, reason):
        super().__init__(f"line {line_number}: {reason}")
        self.line_number = line_number
        self.reason = reason


if __name__ == "__main__":
    error = ParseError(3, "unexpected end of input")
    print("args:", error.args)
    data = pickle.dumps(error)  # works
    pickle.loads(data)  # calls ParseError(*error.args)
