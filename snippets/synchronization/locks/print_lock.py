from multiprocessing import Lock, Process


def report(lock, worker_id):
    with lock:  # the three lines of one report stay together
        print(f"worker {worker_id}: starting report", flush=True)
        print(f"worker {worker_id}: 3 items checked", flush=True)
        print(f"worker {worker_id}: report done", flush=True)


if __name__ == "__main__":
    print_lock = Lock()
    workers = [
        Process(target=report, args=(print_lock, worker_id))
        for worker_id in range(1, 4)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print("all reports printed")
