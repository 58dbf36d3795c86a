import threading
from multiprocessing import Pool


class Cache:
    def __init__(self):
        self.lock = threading.Lock()
        self.entries = {}

    def get(self, key):
        with self.lock:
            return self.entries.get(key)


def look_up(cache, key):
    return cache.get(key)


if __name__ == "__main__":
    cache = Cache()
    cache.entries["answer"] = 42
    with Pool(2) as pool:
        print(pool.apply(look_up, (cache, "answer")))
