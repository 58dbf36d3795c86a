import numpy as np
from joblib import Parallel, delayed
from threadpoolctl import threadpool_info


def describe(array):
    threads = [pool["num_threads"] for pool in threadpool_info()]
    return (
        f"{array.nbytes:>9,} bytes arrive as {type(array).__name__},"
        f" writeable: {array.flags.writeable}; BLAS threads: {threads}"
    )


if __name__ == "__main__":
    small = np.zeros(1_000)
    large = np.zeros(1_000_000)  # 8 MB, over max_nbytes
    with Parallel(n_jobs=2, max_nbytes="1M") as parallel:
        for line in parallel(delayed(describe)(a) for a in (small, large)):
            print(line)
