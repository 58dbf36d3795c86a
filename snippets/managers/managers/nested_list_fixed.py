from multiprocessing import Manager, Process


def add_tag_by_reassigning(shared, lock, tag):
    with lock:  # another process could reassign between our read and write
        tags = shared["plain"]
        tags.append(tag)
        shared["plain"] = tags  # the assignment is what reaches the manager


def add_tag_to_managed_list(shared, tag):
    shared["managed"].append(tag)  # shared["managed"] is a proxy


if __name__ == "__main__":
    with Manager() as manager:
        lock = manager.Lock()
        shared = manager.dict()
        shared["plain"] = []
        shared["managed"] = manager.list()
        workers = []
        for tag in ["urgent", "billing"]:
            workers.append(
                Process(
                    target=add_tag_by_reassigning, args=(shared, lock, tag)
                )
            )
            workers.append(
                Process(target=add_tag_to_managed_list, args=(shared, tag))
            )
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print("reassigned:", sorted(shared["plain"]))
        print("managed list:", sorted(shared["managed"]))
