import multiprocessing

settings = {}


def report():
    print(f"child sees settings = {settings}")


if __name__ == "__main__":
    settings["verbose"] = True  # set after import: only fork copies it
    child = multiprocessing.Process(target=report)
    child.start()
    child.join()
    child = multiprocessing.get_context("fork").Process(target=report)
    child.start()
    child.join()
