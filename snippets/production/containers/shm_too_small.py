from multiprocessing import shared_memory

import container


def fill_block():
    block = shared_memory.SharedMemory(create=True, size=4 * 1024 * 1024)
    try:
        print(f"created a block of {block.size} bytes", flush=True)
        block.buf[:] = b"x" * block.size
        print("filled it", flush=True)
    finally:
        block.close()
        block.unlink()


if __name__ == "__main__":
    # A 1 MiB /dev/shm; Docker's default of 64 MiB fails the same way
    # with a larger block.
    result = container.run(fill_block, shm_size="1m")
    print("exit code:", result.returncode)
