import multiprocessing
import multiprocessing.dummy

seen = []


def record(item):
    seen.append(item)  # appends to the list of the process it runs in
    return item


if __name__ == "__main__":
    with multiprocessing.dummy.Pool(2) as pool:
        pool.map(record, range(5))
    print("thread pool:  the main program's list is", sorted(seen))

    seen.clear()
    with multiprocessing.Pool(2) as pool:
        pool.map(record, range(5))
    print("process pool: the main program's list is", sorted(seen))
