from concurrent.futures import ProcessPoolExecutor, as_completed

TARGET = 1_522_756
BLOCK = 100


def check_block(start):
    for number in range(start, start + BLOCK):
        if number * number == TARGET:
            return number
    return None


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        futures = [
            executor.submit(check_block, start)
            for start in range(0, 10_000, BLOCK)
        ]
        for future in as_completed(futures):
            if future.result() is not None:
                print("found:", future.result())
                # Cancel the calls that have not started; the running
                # ones still finish
                executor.shutdown(cancel_futures=True)
                break
    cancelled = sum(future.cancelled() for future in futures)
    print(f"cancelled before they started: {cancelled} of {len(futures)}")
