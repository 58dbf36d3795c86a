from multiprocessing import Pool


def check_age(age):
    if age < 0:
        raise ValueError(f"age {age} is negative")
    return age


def on_success(result):
    print(f"callback: got {result}", flush=True)


def on_error(error):
    print(f"error_callback: got {error!r}", flush=True)


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        for age in (42, -1):
            pending = pool.apply_async(
                check_age, (age,), callback=on_success, error_callback=on_error
            )
            pending.wait()  # returns after the callback has run
        batch = pool.map_async(check_age, [1, 2, 3], callback=on_success)
        batch.wait()
