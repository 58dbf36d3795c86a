import time
from multiprocessing import Process


def test(rounds):
    for _ in range(rounds):  # a loop that ends, so join() returns
        print("-----test--------", flush=True)
        time.sleep(0.1)


if __name__ == "__main__":
    p = Process(target=test, args=(3,))
    p.start()
    p.join()  # blocks until test() returns
    print("--------main----------")
