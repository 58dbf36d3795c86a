from multiprocessing import shared_memory

if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=10)
    print("asked for 10 bytes; size:", block.size)
    block.close()
    block.unlink()

    numbers = shared_memory.ShareableList([3, 1, 3, 2])
    print("index(3):", numbers.index(3), "| count(3):", numbers.count(3))
    numbers.shm.close()
    numbers.shm.unlink()
