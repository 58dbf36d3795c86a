from multiprocessing import Manager, Process


def record(shared, word):
    shared["words"].append(word)  # appends to a copy, then drops it


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict(words=[])
        writer = Process(target=record, args=(shared, "hello"))
        writer.start()
        writer.join()
        print(f"words: {shared['words']}")
