import concurrent.futures
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Event


def keep_event(event):
    global release
    release = event


def slow_square(number):
    release.wait()  # the real work: it takes until the parent says so
    return number * number


if __name__ == "__main__":
    release = Event()
    with ProcessPoolExecutor(
        1, initializer=keep_event, initargs=(release,)
    ) as executor:
        future = executor.submit(slow_square, 7)
        try:
            future.result(timeout=0.5)
        except concurrent.futures.TimeoutError as error:
            print("result(timeout=0.5) raised", repr(error))
            print("its class:", type(error).__module__, type(error).__name__)
            print("the built-in TimeoutError?", type(error) is TimeoutError)
        print("the call still runs: done?", future.done())
        release.set()
        print("waiting without a limit:", future.result())
