import os
from multiprocessing import Pool, TimeoutError


def crash(_):
    os._exit(1)


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        pending = pool.apply_async(crash, (None,))
        try:
            pending.get(timeout=2)
        except TimeoutError:
            print("no result after 2 s: the task died with its worker")
