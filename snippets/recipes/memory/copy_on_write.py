import array
from multiprocessing import get_context

import psutil


def memory_mib():
    info = psutil.Process().memory_full_info()
    return info.rss / 2**20, info.uss / 2**20


def read_all(name):
    rss, uss = memory_mib()
    print(f"{name}: RSS {rss:.0f} MiB, of it unique (USS) {uss:.0f} MiB")
    sum(DATA[name])  # only reads every number
    grown = memory_mib()[1] - uss
    print(
        f"  after reading it: unique grew {grown:.0f} MiB,",
        f"copied? {grown > 20}",
    )


if __name__ == "__main__":
    floats = [float(number) for number in range(2_000_000)]
    DATA = {"list": floats, "array": array.array("d", floats)}
    fork = get_context("fork")  # the children see DATA without a copy
    for name in DATA:
        child = fork.Process(target=read_all, args=(name,))
        child.start()
        child.join()
