from multiprocessing import Process
from multiprocessing.shared_memory import SharedMemory

import numpy as np

SHAPE = (4, 3)
DTYPE = np.int64


def fill_row(segment_name, row):
    segment = SharedMemory(name=segment_name)
    table = np.ndarray(SHAPE, dtype=DTYPE, buffer=segment.buf)  # no copy
    table[row] = np.arange(SHAPE[1]) + 10 * row
    del table  # drop the view before closing the segment
    segment.close()


if __name__ == "__main__":
    size = int(np.prod(SHAPE)) * np.dtype(DTYPE).itemsize
    segment = SharedMemory(create=True, size=size)
    try:
        table = np.ndarray(SHAPE, dtype=DTYPE, buffer=segment.buf)
        table[:] = 0
        workers = [
            Process(target=fill_row, args=(segment.name, row))
            for row in range(SHAPE[0])
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print(table)
        print(f"row sums: {table.sum(axis=1).tolist()}")
        del table
    finally:
        segment.close()
        segment.unlink()
