import atexit
import multiprocessing


def parent_goodbye():
    print("parent's atexit handler ran", flush=True)


def child_goodbye():
    print("child's atexit handler ran", flush=True)


def work():
    atexit.register(child_goodbye)
    print("child: registered a handler", flush=True)


if __name__ == "__main__":
    atexit.register(parent_goodbye)
    child = multiprocessing.Process(target=work)
    child.start()
    child.join()
    print(f"child exit code: {child.exitcode}", flush=True)
