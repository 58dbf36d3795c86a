import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def where_am_i(task_number):
    return os.getpid()


if __name__ == "__main__":
    main_pid = os.getpid()
    for executor_class in (ThreadPoolExecutor, ProcessPoolExecutor):
        with executor_class(max_workers=2) as executor:
            pids = set(executor.map(where_am_i, range(4)))
        inside = "in the main process" if pids == {main_pid} else "elsewhere"
        print(f"{executor_class.__name__}: tasks ran {inside}")
