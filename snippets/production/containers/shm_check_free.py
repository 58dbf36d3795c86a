import os
import shutil
import subprocess
import sys
from multiprocessing import shared_memory

SMALL_SHM = (
    "mount --make-private /dev/shm"
    " && mount -t tmpfs -o size=1m tmpfs /dev/shm"
    ' && exec "$0" "$@"'
)


def create_block(size):
    free = shutil.disk_usage("/dev/shm").free
    if size > free:
        raise MemoryError(
            f"{size} bytes of shared memory needed, /dev/shm has {free}"
            " free: give the container a larger --shm-size"
        )
    return shared_memory.SharedMemory(create=True, size=size)


if __name__ == "__main__":
    if os.environ.get("SMALL_SHM"):
        try:
            block = create_block(4 * 1024 * 1024)
        except MemoryError as error:
            print("MemoryError:", error)
        else:
            block.close()
            block.unlink()
    else:
        subprocess.run(
            [
                "unshare",
                "--mount",
                "--propagation",
                "unchanged",
                "sh",
                "-c",
                SMALL_SHM,
                sys.executable,
                __file__,
            ],
            env={**os.environ, "SMALL_SHM": "1"},
            check=True,
        )
