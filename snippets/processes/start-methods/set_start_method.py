import multiprocessing


def report():
    print(f"child started by {multiprocessing.get_start_method()}", flush=True)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")  # once, first thing
    child = multiprocessing.Process(target=report)
    child.start()
    child.join()
    try:
        multiprocessing.set_start_method("forkserver")
    except RuntimeError as error:
        print(f"second call: RuntimeError: {error}")
