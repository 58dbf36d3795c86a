import os

# Before numpy is imported: the BLAS reads these once, when it loads.
os.environ["OPENBLAS_NUM_THREADS"] = "1"
os.environ["MKL_NUM_THREADS"] = "1"
os.environ["OMP_NUM_THREADS"] = "1"

import multiprocessing

import numpy as np
from threadpoolctl import threadpool_info


def blas_threads(_=None):
    return [pool["num_threads"] for pool in threadpool_info()]


if __name__ == "__main__":
    np.ones(2) @ np.ones(2)
    print("parent's BLAS threads:", blas_threads())
    with multiprocessing.Pool(1) as pool:
        print("worker's BLAS threads:", pool.apply(blas_threads))
