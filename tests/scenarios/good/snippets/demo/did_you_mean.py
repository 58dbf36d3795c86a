class Closable:
    def close(self):
        pass


if __name__ == "__main__":
    Closable().clos()
