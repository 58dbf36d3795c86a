from multiprocessing import Process

counter = 0


def increment():
    global counter
    counter += 1
    print(f"child: counter = {counter}", flush=True)


if __name__ == "__main__":
    child = Process(target=increment)
    child.start()
    child.join()
    print(f"parent: counter = {counter}")
