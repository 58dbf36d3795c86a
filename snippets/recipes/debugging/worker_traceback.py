import traceback
from multiprocessing import Pool, Process, Queue


def parse(text):
    return int(text)


def parse_and_report(text, errors):
    try:
        parse(text)
    except Exception:
        errors.put(traceback.format_exc())  # the text of the traceback


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            pool.map(parse, ["1", "x"])
        except ValueError as error:
            print("the parent caught:", repr(error))
            # The worker's traceback travels along, as text, in the cause
            cause = error.__cause__
            lines = str(cause).strip('\n"').splitlines()
            print("its cause:", type(cause).__name__)
            print("first line:", lines[0])
            print("a frame:", [line for line in lines if "in parse" in line])
            print("last line:", lines[-1])

    errors = Queue()
    worker = Process(target=parse_and_report, args=("y", errors))
    worker.start()
    report = errors.get()
    worker.join()
    print("a Process sent back its traceback, ending:")
    print(report.splitlines()[-1])
