from multiprocessing import Process, RLock


def log(lock, message):
    with lock:
        print(message, flush=True)


def log_total(lock, amounts):
    with lock:  # an RLock can be taken again by the process that holds it
        log(lock, f"total of {amounts}: {sum(amounts)}")


if __name__ == "__main__":
    lock = RLock()
    child = Process(target=log_total, args=(lock, [3, 4, 5]))
    child.start()
    child.join()
    print("the child has finished")
