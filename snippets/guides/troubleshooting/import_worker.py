from multiprocessing import Pool

from tasks import square  # tasks.py sits next to this file

if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(square, range(4)))
