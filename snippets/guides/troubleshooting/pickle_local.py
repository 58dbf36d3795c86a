from multiprocessing import Pool


def main():
    def square(number):
        return number * number

    with Pool(2) as pool:
        print(pool.map(square, range(4)))


if __name__ == "__main__":
    main()
