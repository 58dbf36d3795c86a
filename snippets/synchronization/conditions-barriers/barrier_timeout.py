from multiprocessing import Barrier, Process
from threading import BrokenBarrierError


def meet(everyone_ready, worker_id):
    try:
        everyone_ready.wait(timeout=0.5)
        print(f"worker {worker_id}: everyone arrived", flush=True)
    except BrokenBarrierError:
        print(
            f"worker {worker_id}: gave up, the barrier is broken", flush=True
        )


if __name__ == "__main__":
    everyone_ready = Barrier(3)  # but only two workers will come
    workers = [
        Process(target=meet, args=(everyone_ready, n)) for n in range(2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(f"parent: barrier broken? {everyone_ready.broken}")
