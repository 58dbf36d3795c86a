import multiprocessing
import time


def work(started):
    try:
        started.set()
        time.sleep(60)  # stands for a long computation
    except KeyboardInterrupt:
        print("child: KeyboardInterrupt, saving what it has", flush=True)
    finally:
        print("child: finally block ran", flush=True)


if __name__ == "__main__":
    started = multiprocessing.Event()
    worker = multiprocessing.Process(target=work, args=(started,))
    worker.start()
    started.wait()
    worker.interrupt()
    worker.join()
    print(f"exit code: {worker.exitcode}")
