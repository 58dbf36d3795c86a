from concurrent.futures import (
    ALL_COMPLETED,
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ProcessPoolExecutor,
    wait,
)
from multiprocessing import Event


def keep_event(event):
    global release
    release = event


def slow():
    release.wait()  # until the parent says so
    return "slow"


def quick():
    return "quick"


def failing():
    raise ValueError("failing")


def show(label, names, done, not_done):
    done_names = sorted(names[future] for future in done)
    waiting_names = sorted(names[future] for future in not_done)
    print(f"{label}: done {done_names}, not done {waiting_names}")


if __name__ == "__main__":
    release = Event()
    with ProcessPoolExecutor(
        3, initializer=keep_event, initargs=(release,)
    ) as executor:
        names = {
            executor.submit(function): function.__name__
            for function in (slow, quick, failing)
        }
        futures = list(names)
        slow_and_quick = futures[:2]

        result = wait(slow_and_quick, return_when=FIRST_COMPLETED)
        show("FIRST_COMPLETED", names, *result)
        result = wait(futures, return_when=FIRST_EXCEPTION)
        show("FIRST_EXCEPTION", names, *result)
        result = wait(slow_and_quick, timeout=0.5)  # ALL_COMPLETED
        show("ALL_COMPLETED, timeout=0.5", names, *result)
        release.set()
        result = wait(futures, return_when=ALL_COMPLETED)
        show("ALL_COMPLETED", names, *result)
