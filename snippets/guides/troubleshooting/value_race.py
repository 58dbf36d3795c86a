from multiprocessing import Barrier, Process, Value


def add_one(counter, both_have_read):
    # counter.value += 1, in its two steps:
    value = counter.value  # read
    both_have_read.wait()  # the other process reads before either writes
    counter.value = value + 1  # write


if __name__ == "__main__":
    counter = Value("i", 0)
    both_have_read = Barrier(2)
    workers = [
        Process(target=add_one, args=(counter, both_have_read))
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(f"expected 2, got {counter.value}")
