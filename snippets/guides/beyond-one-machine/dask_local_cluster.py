import logging
import os
import time

from dask.distributed import Client, LocalCluster, as_completed


def square(number):
    time.sleep(0.1)  # stands in for real work
    return number * number


if __name__ == "__main__":
    cluster = LocalCluster(
        n_workers=2,  # two worker processes...
        threads_per_worker=1,  # ...running one task at a time each
        processes=True,
        silence_logs=logging.CRITICAL,  # see below
        host="127.0.0.1",  # listen on this machine only
        dashboard_address="127.0.0.1:0",  # dashboard on any free port
    )
    with cluster, Client(cluster) as client:
        future = client.submit(square, 7)  # like Executor.submit
        print(f"submit: {future.result()}")

        futures = client.map(square, range(8))  # one future per input
        print(f"map: {client.gather(futures)}")

        finished = [
            f.result() for f in as_completed(client.map(square, [8, 9]))
        ]
        print(f"as_completed: {sorted(finished)}")

        worker_pids = client.run(os.getpid)  # runs once on every worker
        print(f"worker processes: {len(worker_pids)}")
        outside = os.getpid() not in worker_pids.values()
        print(f"all outside this process: {outside}")
