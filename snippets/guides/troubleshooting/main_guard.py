from multiprocessing import Process


def greet():
    print("Hello from the child process")


if __name__ == "__main__":
    child = Process(target=greet)
    child.start()
    child.join()
    print(f"child exit code: {child.exitcode}")
