import time
from multiprocessing.dummy import Pool


def fetch(page):
    time.sleep(0.2)  # stands in for waiting on a server's reply
    return f"{page}: 200 OK"


if __name__ == "__main__":
    pages = [f"/page/{number}" for number in range(8)]
    start = time.perf_counter()
    with Pool(8) as pool:  # 8 threads in this process
        replies = pool.map(fetch, pages)
    elapsed = time.perf_counter() - start
    print(replies[0], "...", replies[-1])
    print(f"8 waits of 0.2 s took {elapsed:.2f} s")
    print("faster than one after another (1.6 s):", elapsed < 1.0)
    print("pool type:", type(pool).__module__, type(pool).__name__)
