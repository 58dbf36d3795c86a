import multiprocessing
import subprocess


def wait_forever(ready, never_set):
    ready.set()
    never_set.wait()  # the hang: nothing ever sets this event


if __name__ == "__main__":
    ready, never_set = multiprocessing.Event(), multiprocessing.Event()
    worker = multiprocessing.Process(
        target=wait_forever, args=(ready, never_set)
    )
    worker.start()
    ready.wait()
    try:
        dump = subprocess.run(
            ["py-spy", "dump", "--pid", str(worker.pid)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        worker.terminate()
        worker.join()
    print("py-spy found the worker in:")
    for line in dump.splitlines():
        if "(py_spy_dump.py:" in line:
            print(line)
