import threading
from concurrent.futures import InterpreterPoolExecutor


class Point:
    def __init__(self, x):
        self.x = x


def make_point(x):
    return Point(x)


def use_lock(lock):
    with lock:
        return "used the lock"


def import_module(name):
    __import__(name)
    return f"imported {name}"


if __name__ == "__main__":
    calls = [
        (import_module, "json"),
        (import_module, "readline"),
        (use_lock, threading.Lock()),
        (make_point, 3),
    ]
    with InterpreterPoolExecutor(max_workers=1) as executor:
        for function, argument in calls:
            try:
                print(executor.submit(function, argument).result())
            except Exception as error:
                print(f"{function.__name__}: {type(error).__name__}: {error}")
