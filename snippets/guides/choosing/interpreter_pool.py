import os
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor

calls = 0  # each interpreter has its own copy of this module's globals


def record_call(numbers):
    global calls
    calls += 1
    numbers.append(calls)
    return os.getpid(), interpreters.get_current().id, numbers


if __name__ == "__main__":
    numbers = [0]
    with InterpreterPoolExecutor(max_workers=2) as executor:
        future = executor.submit(record_call, numbers)
        pid, interpreter_id, returned = future.result()
    main_id = interpreters.get_current().id
    print(f"same process: {pid == os.getpid()}")
    print(f"same interpreter: {interpreter_id == main_id}")
    print(f"the task returned {returned}; the main list is {numbers}")
    print(f"calls counted in the main interpreter: {calls}")
