import os
from multiprocessing import Pool


def func(task_id):
    return f"done {task_id} in {os.getpid()}"


if __name__ == "__main__":
    with Pool(processes=3) as pool:
        results = [pool.apply_async(func, (i,)) for i in range(4)]
        print("starting the pool")
        pool.close()
        pool.join()  # join() only after close() or terminate()
        for result in results:
            print(result.get())  # raises here if the task raised
    print("Sub-process(es) done.")
