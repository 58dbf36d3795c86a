import signal
from multiprocessing import Event, Process


def ignore_sigterm(ready):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    ready.set()
    signal.pause()  # sleep until a signal arrives


if __name__ == "__main__":
    ready = Event()
    stubborn = Process(target=ignore_sigterm, args=(ready,))
    stubborn.start()
    ready.wait()

    stubborn.terminate()  # SIGTERM: this child ignores it
    stubborn.join(timeout=0.5)
    print(f"after terminate(): alive={stubborn.is_alive()}")

    stubborn.kill()  # SIGKILL cannot be ignored
    stubborn.join()
    print(f"after kill(): exitcode={stubborn.exitcode}")

    stubborn.close()  # release its resources; the object is now unusable
    try:
        stubborn.is_alive()
    except ValueError as error:
        print(f"after close(): {error}")
