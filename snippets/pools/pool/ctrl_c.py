import os
import signal
import time
from multiprocessing import Pool, active_children


def ignore_sigint():
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def slow_square(number):
    time.sleep(0.2)
    return number * number


def press_ctrl_c():
    # In a terminal, Ctrl-C sends SIGINT to the parent and to every worker.
    for child in active_children():
        os.kill(child.pid, signal.SIGINT)
    os.kill(os.getpid(), signal.SIGINT)


if __name__ == "__main__":
    pool = Pool(processes=2, initializer=ignore_sigint)
    try:
        for result in pool.imap(slow_square, range(10)):
            print("result:", result, flush=True)
            if result == 4:
                press_ctrl_c()
        pool.close()
    except KeyboardInterrupt:
        print("Ctrl-C: terminating the pool", flush=True)
        pool.terminate()
    finally:
        pool.join()
    print("workers still running:", len(active_children()))
