from multiprocessing import Process
from multiprocessing.shared_memory import ShareableList


def update(list_name):
    settings = ShareableList(name=list_name)
    settings[0] += 1
    settings[2] = "stop"  # fits: no longer than "start"
    try:
        settings[2] = "a much longer text"
    except ValueError as error:
        print(f"child: {error}", flush=True)
    settings.shm.close()


if __name__ == "__main__":
    settings = ShareableList([41, 0.5, "start", None, True])
    try:
        child = Process(target=update, args=(settings.shm.name,))
        child.start()
        child.join()
        print(f"parent: {list(settings)}")
    finally:
        settings.shm.close()
        settings.shm.unlink()
