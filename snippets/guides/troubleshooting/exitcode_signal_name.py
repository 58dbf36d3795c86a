import ctypes
import signal
from multiprocessing import Process


def crash():
    ctypes.string_at(0)


if __name__ == "__main__":
    child = Process(target=crash)
    child.start()
    child.join()
    if child.exitcode < 0:
        signal_name = signal.Signals(-child.exitcode).name
        print(f"the child was killed by {signal_name}")
