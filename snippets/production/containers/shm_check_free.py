import shutil
from multiprocessing import shared_memory

import container


def create_block(size):
    free = shutil.disk_usage("/dev/shm").free
    if size > free:
        raise MemoryError(
            f"{size} bytes of shared memory needed, /dev/shm has {free}"
            " free: give the container a larger --shm-size"
        )
    return shared_memory.SharedMemory(create=True, size=size)


def main():
    try:
        block = create_block(4 * 1024 * 1024)
    except MemoryError as error:
        print("MemoryError:", error)
    else:
        block.close()
        block.unlink()


if __name__ == "__main__":
    container.run(main, shm_size="1m")
