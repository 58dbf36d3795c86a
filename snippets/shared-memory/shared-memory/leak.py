from multiprocessing.shared_memory import SharedMemory

if __name__ == "__main__":
    segment = SharedMemory(create=True, size=1024)
    segment.buf[:5] = b"hello"
    segment.close()
    print("closed but never unlinked")
