from multiprocessing import Process


def greet():
    print("Hello from the child process")


if __name__ == "__main__":
    child = Process(target=greet)
    child.start()  # the child now runs greet() on its own
    child.join()  # wait until it has finished
    print("The child has finished")
