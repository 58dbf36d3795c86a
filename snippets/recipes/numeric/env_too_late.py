import multiprocessing
import os

import numpy as np  # the BLAS reads its settings now, once
from threadpoolctl import threadpool_info

os.environ["OPENBLAS_NUM_THREADS"] = "1"  # too late for this process


def blas_threads(_=None):
    return [pool["num_threads"] for pool in threadpool_info()]


if __name__ == "__main__":
    np.ones(2) @ np.ones(2)
    print("CPUs:", os.cpu_count())
    print("parent's BLAS threads:", blas_threads())
    with multiprocessing.Pool(1) as pool:
        print("worker's BLAS threads:", pool.apply(blas_threads))
