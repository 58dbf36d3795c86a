from multiprocessing import Process
from multiprocessing.shared_memory import SharedMemory


def shout(segment_name):
    segment = SharedMemory(name=segment_name)  # attach: no create=True
    message = bytes(segment.buf[:5])
    segment.buf[:5] = message.upper()
    segment.close()  # this process is done with it


if __name__ == "__main__":
    segment = SharedMemory(create=True, size=5)
    try:
        segment.buf[:5] = b"hello"
        child = Process(target=shout, args=(segment.name,))
        child.start()
        child.join()
        print(f"the parent reads: {bytes(segment.buf[:5])}")
    finally:
        segment.close()
        segment.unlink()  # once, by the owner: frees the memory
