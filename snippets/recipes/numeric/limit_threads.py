from concurrent.futures import ProcessPoolExecutor

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits


def blas_threads(_=None):
    return [pool["num_threads"] for pool in threadpool_info()]


if __name__ == "__main__":
    np.ones(2) @ np.ones(2)
    print("default:", blas_threads())
    with threadpool_limits(limits=1):
        print("inside threadpool_limits(limits=1):", blas_threads())
    print("after the with block:", blas_threads())
    with ProcessPoolExecutor(
        2, initializer=threadpool_limits, initargs=(1,)
    ) as executor:
        print("each worker:", list(executor.map(blas_threads, range(2))))
