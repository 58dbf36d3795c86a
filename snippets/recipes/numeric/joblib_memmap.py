import numpy as np
from joblib import Parallel, delayed


def describe(array):
    kind = type(array).__name__
    return f"{array.nbytes:>9,} bytes arrive as {kind}, {array.flags.writeable=}"


if __name__ == "__main__":
    small = np.zeros(1_000)
    large = np.zeros(1_000_000)  # 8 MB, over max_nbytes
    with Parallel(n_jobs=2, max_nbytes="1M") as parallel:
        for line in parallel(delayed(describe)(a) for a in (small, large)):
            print(line)
