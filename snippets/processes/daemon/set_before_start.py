import time
from multiprocessing import Process

if __name__ == "__main__":
    worker = Process(target=time.sleep, args=(0.1,))
    print(f"default: daemon={worker.daemon}")
    worker.start()
    try:
        worker.daemon = True
    except AssertionError as error:
        print(f"after start(): AssertionError: {error}")
    worker.join()
