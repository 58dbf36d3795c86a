from multiprocessing import Manager, Process


def add_tag(shared, tag):
    shared["tags"].append(tag)  # appends to a copy, which is then dropped


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict()
        shared["tags"] = []
        worker = Process(target=add_tag, args=(shared, "urgent"))
        worker.start()
        worker.join()
        print("tags:", shared["tags"])
