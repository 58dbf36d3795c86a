import multiprocessing
import time


def work(started):
    try:
        started.set()
        while True:  # stands for a long computation, one short step at a time
            time.sleep(0.1)
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
