from multiprocessing import Process, Queue


def write(items):
    for value in ["A", "B", "C"]:
        items.put(value)
    items.put(None)  # tells the reader there is no more


def read(items):
    while (value := items.get()) is not None:
        print(f"Get {value} from queue.")


if __name__ == "__main__":
    items = Queue()
    writer = Process(target=write, args=(items,))
    reader = Process(target=read, args=(items,))
    writer.start()
    reader.start()
    writer.join()
    reader.join()  # it ends by itself: no terminate()
