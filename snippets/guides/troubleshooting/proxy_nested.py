from multiprocessing import Manager, Process


def record(shared, word):
    shared["words"].append(word)  # a proxy: the append reaches the manager


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict(words=manager.list())
        writer = Process(target=record, args=(shared, "hello"))
        writer.start()
        writer.join()
        print(f"words: {list(shared['words'])}")
