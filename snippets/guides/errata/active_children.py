import multiprocessing
from multiprocessing import Event, Process


def worker(done):
    done.wait()  # stay alive until the parent has listed us


if __name__ == "__main__":
    done = Event()
    workers = [
        Process(target=worker, args=(done,), name=f"worker_{n}")
        for n in range(1, 4)
    ]
    for process in workers:
        process.start()
    names = sorted(p.name for p in multiprocessing.active_children())
    print(f"active children: {names}")
    done.set()
    for process in workers:
        process.join()
    print(f"after join: {multiprocessing.active_children()}")
