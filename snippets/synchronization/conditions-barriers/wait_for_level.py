from multiprocessing import Condition, Process, Value


def wait_for_level(condition, level, wanted):
    with condition:
        condition.wait_for(lambda: level.value >= wanted)
        print(f"waiter for level {wanted}: woke at {level.value}", flush=True)


if __name__ == "__main__":
    condition = Condition()
    level = Value("i", 0, lock=False)  # guarded by the condition's lock
    waiters = [
        Process(target=wait_for_level, args=(condition, level, wanted))
        for wanted in (1, 2, 3)
    ]
    for waiter in waiters:
        waiter.start()
    for waiter in waiters:
        with condition:
            level.value += 1
            print(f"parent: level is now {level.value}", flush=True)
            condition.notify_all()  # every waiter checks its own predicate
        waiter.join()  # the one waiting for this level
