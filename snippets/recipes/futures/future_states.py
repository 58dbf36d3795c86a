from concurrent.futures import CancelledError, ProcessPoolExecutor
from multiprocessing import Event

callback_saw = []


def keep_event(event):
    global release
    release = event


def wait_for_release():
    release.wait()


def square(number):
    return number * number


def record(future):
    callback_saw.append(future.result())


if __name__ == "__main__":
    release = Event()
    with ProcessPoolExecutor(
        1, initializer=keep_event, initargs=(release,)
    ) as executor:
        first = executor.submit(square, 3)
        first.add_done_callback(record)  # called when the call finishes
        # One worker: the calls after this one wait until release is set
        executor.submit(wait_for_release)
        # The executor queues up to two calls for its one worker, so
        # the last of five is sure to be still pending
        queued = [executor.submit(square, number) for number in range(5)]
        last = queued[-1]

        print("last: done?", last.done())
        print("last: cancel() ->", last.cancel())
        print("last: cancelled?", last.cancelled(), "| done?", last.done())
        try:
            last.result()
        except CancelledError:
            print("last.result() raised CancelledError")

        print("first: result", first.result(), "| done?", first.done())
        print("first: cancel() ->", first.cancel())
        release.set()
    print("the callback saw:", callback_saw)
