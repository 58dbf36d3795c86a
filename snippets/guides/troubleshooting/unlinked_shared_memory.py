from multiprocessing import shared_memory

if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=16)
    try:
        block.buf[0] = 42
        print(f"first byte: {block.buf[0]}")
    finally:
        block.close()
        block.unlink()  # the creator removes the segment
