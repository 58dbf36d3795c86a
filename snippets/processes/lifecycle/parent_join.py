import os
import signal
from multiprocessing import Event, Process, parent_process


def worker(checked, parent_ended):
    parent = parent_process()
    print(f"worker: {parent.name} alive: {parent.is_alive()}", flush=True)
    checked.set()
    parent.join()  # returns once the parent has ended, however it ended
    print(f"worker: {parent.name} alive: {parent.is_alive()}", flush=True)
    parent_ended.set()


def supervisor(checked, parent_ended):
    Process(target=worker, args=(checked, parent_ended)).start()
    checked.wait()
    os.kill(os.getpid(), signal.SIGKILL)  # no clean-up, no join of the worker


if __name__ == "__main__":
    checked, parent_ended = Event(), Event()
    middle = Process(
        target=supervisor, args=(checked, parent_ended), name="supervisor"
    )
    middle.start()
    middle.join()
    parent_ended.wait()
    print(f"main: supervisor exit code {middle.exitcode}")
