import os
import subprocess
import sys
from multiprocessing import shared_memory

# A 1 MiB /dev/shm in a private mount namespace, as `docker run
# --shm-size 1m` gives (needs root). A 64 MiB /dev/shm, Docker's
# default, fails the same way with a larger block.
SMALL_SHM = (
    "mount --make-private /dev/shm"
    " && mount -t tmpfs -o size=1m tmpfs /dev/shm"
    ' && exec "$0" "$@"'
)


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
    if os.environ.get("SMALL_SHM"):
        fill_block()
    else:
        result = subprocess.run(
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
        )
        print("exit code:", result.returncode)
