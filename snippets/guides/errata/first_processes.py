import os
from multiprocessing import Lock, Process


def run_work(work_id, print_lock):
    with print_lock:  # whole lines, even with python -u
        print(f"Run process {work_id} ({os.getpid()})...", flush=True)


if __name__ == "__main__":
    print(f"Parent process {os.getpid()}.", flush=True)
    print_lock = Lock()
    processes = [
        Process(target=run_work, args=(i, print_lock)) for i in range(3)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    print("Process end.")
