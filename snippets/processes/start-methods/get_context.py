import multiprocessing

setting = "set at import"


def show_setting(method):
    print(f"{method:>10} child sees: {setting}", flush=True)


if __name__ == "__main__":
    setting = "changed under the main guard"
    for method in ("fork", "spawn", "forkserver"):
        context = multiprocessing.get_context(method)
        child = context.Process(target=show_setting, args=(method,))
        child.start()
        child.join()
