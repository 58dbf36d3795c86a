import time
from concurrent.futures import ThreadPoolExecutor


def fetch(url):
    time.sleep(0.5)  # stands for waiting on the network
    return f"{url}: 200"


if __name__ == "__main__":
    urls = [f"https://example.org/page/{n}" for n in range(8)]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=8) as executor:
        for line in executor.map(fetch, urls):
            print(line)
    seconds = time.perf_counter() - started
    print(f"8 waits of 0.5 s overlapped: {seconds < 2}")
