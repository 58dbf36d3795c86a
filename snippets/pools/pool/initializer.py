from multiprocessing import Pool, Value


def remember_counter(counter):
    global tasks_done  # one per worker process, set once when it starts
    tasks_done = counter


def square(number):
    with tasks_done.get_lock():
        tasks_done.value += 1
    return number * number


def square_and_count(number, counter):
    with counter.get_lock():
        counter.value += 1
    return number * number


if __name__ == "__main__":
    counter = Value("i", 0)
    with Pool(
        processes=2, initializer=remember_counter, initargs=(counter,)
    ) as pool:
        print(pool.map(square, range(10)))
        try:
            pool.apply(square_and_count, (3, counter))
        except RuntimeError as error:
            print("RuntimeError:", error)
    print("tasks counted:", counter.value)
