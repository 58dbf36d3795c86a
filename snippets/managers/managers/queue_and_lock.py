from multiprocessing import Manager, Pool


def count_words(line, totals, lock, log):
    words = len(line.split())
    with lock:  # the read and the write below must not interleave
        totals["words"] = totals["words"] + words
    log.put(f"{words} words in {line!r}")


if __name__ == "__main__":
    lines = ["the quick brown fox", "jumps over", "the lazy dog"]
    with Manager() as manager:
        totals = manager.dict(words=0)
        lock = manager.Lock()
        log = manager.Queue()
        with Pool(processes=2) as pool:
            pool.starmap(
                count_words, [(line, totals, lock, log) for line in lines]
            )
        while not log.empty():
            print(log.get())
        print("total:", totals["words"])
