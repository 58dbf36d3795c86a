from multiprocessing import Process


def work():
    print("child", flush=True)


if __name__ == "__main__":
    child = Process(target=work)
    child.start()
    child.join()
    print("parent")
