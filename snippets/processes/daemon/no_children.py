from multiprocessing import Process


def grandchild():
    print("grandchild: hello")


def start_grandchild():
    Process(target=grandchild).start()


if __name__ == "__main__":
    helper = Process(target=start_grandchild, daemon=True)
    helper.start()
    helper.join()
    print(f"daemon's exitcode: {helper.exitcode}")
