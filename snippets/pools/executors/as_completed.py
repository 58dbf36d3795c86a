import time
from concurrent.futures import ProcessPoolExecutor, as_completed


def wait_and_return(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=4) as executor:
        delay_of = {
            executor.submit(wait_and_return, seconds): seconds
            for seconds in (0.3, 0.2, 0.1, 0.0)
        }
        for future in as_completed(delay_of):
            print(
                f"done: the call with {delay_of[future]} returned "
                f"{future.result()}",
                flush=True,
            )
