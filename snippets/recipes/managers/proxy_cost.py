import time
from multiprocessing import Manager

COUNT = 2_000


def per_call(function):
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) / COUNT * 1e6  # microseconds


if __name__ == "__main__":
    local = {}
    with Manager() as manager:
        shared = manager.dict()

        def one_by_one(target):
            for key in range(COUNT):
                target[key] = key  # one round trip each for a proxy

        def batched():
            shared.update({key: key for key in range(COUNT)})  # one trip

        local_us = per_call(lambda: one_by_one(local))
        proxy_us = per_call(lambda: one_by_one(shared))
        batched_us = per_call(batched)
    print(f"plain dict:           {local_us:8.3f} µs per item")
    print(f"proxy, one by one:    {proxy_us:8.3f} µs per item")
    print(f"proxy, one update():  {batched_us:8.3f} µs per item")
    print(
        "one by one costs more than 10 times the batch:",
        proxy_us > 10 * batched_us,
    )
