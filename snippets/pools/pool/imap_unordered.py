import time
from multiprocessing import Pool


def wait_and_return(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    delays = [0.3, 0.2, 0.1, 0.0]
    with Pool(processes=4) as pool:
        for seconds in pool.imap_unordered(wait_and_return, delays):
            print(f"finished: the task that slept {seconds} s", flush=True)
