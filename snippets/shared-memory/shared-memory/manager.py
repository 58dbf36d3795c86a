from multiprocessing import Process
from multiprocessing.managers import SharedMemoryManager
from multiprocessing.shared_memory import SharedMemory


def double_all(segment_name, size):
    segment = SharedMemory(name=segment_name)
    for index in range(size):
        segment.buf[index] *= 2
    segment.close()


if __name__ == "__main__":
    with SharedMemoryManager() as manager:
        segment = manager.SharedMemory(size=4)
        segment.buf[:4] = bytes([1, 2, 3, 4])
        child = Process(target=double_all, args=(segment.name, 4))
        child.start()
        child.join()
        print(f"doubled: {list(segment.buf[:4])}")
        segment.close()
    print("the manager has unlinked every segment it made")
