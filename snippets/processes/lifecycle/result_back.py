import pickle
import traceback
from multiprocessing import Process, Queue


def sendable(error):
    """The exception if it survives a pickle round trip, else a stand-in."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


def safe_divide(numerator, denominator, results):
    try:
        results.put(("ok", numerator / denominator))
    except Exception as error:
        # Exceptions pickle; their tracebacks do not, so send the text.
        results.put(("error", (sendable(error), traceback.format_exc())))


if __name__ == "__main__":
    results = Queue()
    for denominator in (4, 0):
        worker = Process(target=safe_divide, args=(1, denominator, results))
        worker.start()
        status, value = results.get()  # get before join: see below
        worker.join()
        if status == "ok":
            print(f"1 / {denominator} = {value}")
        else:
            error, child_traceback = value
            print(f"1 / {denominator} failed in the child: {error!r}")
            print(child_traceback.splitlines()[-1])
