import threading
from multiprocessing import Pool


class Cache:
    def __init__(self):
        self.lock = threading.Lock()
        self.entries = {}

    def get(self, key):
        with self.lock:
            return self.entries.get(key)

    def __getstate__(self):
        # What pickle stores: everything but the lock
        state = self.__dict__.copy()
        del state["lock"]
        return state

    def __setstate__(self, state):
        # Called on the copy, instead of __init__
        self.__dict__.update(state)
        self.lock = threading.Lock()


def look_up(cache, key):
    return cache.get(key)


if __name__ == "__main__":
    cache = Cache()
    cache.entries["answer"] = 42
    with Pool(2) as pool:
        print(pool.apply(look_up, (cache, "answer")))
