from multiprocessing import Process, current_process


def check(parent_key):
    print(
        "child has the parent's key:", current_process().authkey == parent_key
    )


if __name__ == "__main__":
    key = current_process().authkey
    print("authkey:", type(key).__name__, len(key), "bytes")
    child = Process(target=check, args=(bytes(key),))
    child.start()
    child.join()
