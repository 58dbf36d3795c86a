import time
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait


def load(record_number):
    if record_number == 3:
        raise ValueError(f"bad record {record_number}")
    time.sleep(0.1)  # the real work
    return record_number


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        futures = [executor.submit(load, number) for number in range(50)]
        done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
        failed = [future for future in done if future.exception()]
        print("first failure:", repr(failed[0].exception()))
        for future in not_done:
            future.cancel()  # False for the calls already running
    cancelled = sum(future.cancelled() for future in futures)
    print(f"cancelled before they started: {cancelled} of {len(futures)}")
