from multiprocessing import Process, current_process


def compare_key(parent_key):
    same = bytes(current_process().authkey) == parent_key
    print(f"child: same authkey as the parent: {same}")


if __name__ == "__main__":
    authkey = current_process().authkey
    size = len(authkey)
    print(f"main process: an authkey of {size} random bytes", flush=True)
    child = Process(target=compare_key, args=(bytes(authkey),))
    child.start()
    child.join()
