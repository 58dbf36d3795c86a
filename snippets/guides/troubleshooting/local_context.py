import multiprocessing


def greet(method):
    print(f"Hello from a child started by {method}")


if __name__ == "__main__":
    for method in ["spawn", "forkserver"]:
        context = multiprocessing.get_context(method)  # sets nothing global
        child = context.Process(target=greet, args=(method,))
        child.start()
        child.join()
