from multiprocessing import Barrier, Process, Value

WORKERS = 3


def load_then_work(everyone_ready, ready_count, worker_id):
    # A real worker would load its data here, however long that takes.
    with ready_count.get_lock():
        ready_count.value += 1
    everyone_ready.wait()
    print(
        f"worker {worker_id}: past the barrier, "
        f"{ready_count.value} of {WORKERS} are ready",
        flush=True,
    )


if __name__ == "__main__":
    everyone_ready = Barrier(WORKERS)
    ready_count = Value("i", 0)
    workers = [
        Process(
            target=load_then_work,
            args=(everyone_ready, ready_count, worker_id),
        )
        for worker_id in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
