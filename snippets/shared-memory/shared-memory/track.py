import subprocess
import sys
from multiprocessing.shared_memory import SharedMemory

# Another program, not started by multiprocessing, that attaches by name.
READER = """
import sys
from multiprocessing.shared_memory import SharedMemory
segment = SharedMemory(name=sys.argv[1], track=sys.argv[2] == "True")
print(f"reader, track={sys.argv[2]}: read {bytes(segment.buf[:5])}")
segment.close()
"""


def exists(name):
    try:
        SharedMemory(name=name, track=False).close()
    except FileNotFoundError:
        return False
    return True


if __name__ == "__main__":
    for track in (True, False):
        segment = SharedMemory(create=True, size=5, track=False)
        segment.buf[:5] = b"hello"
        reader = subprocess.run(
            [sys.executable, "-c", READER, segment.name, str(track)],
            capture_output=True,  # also waits for the reader's tracker
            text=True,
            check=True,
        )
        print(reader.stdout, end="")
        print(f"  tracker warned: {'leaked shared_memory' in reader.stderr}")
        print(f"  segment still there: {exists(segment.name)}")
        segment.close()
        if exists(segment.name):
            segment.unlink()
