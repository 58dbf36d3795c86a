from multiprocessing import Process, current_process

print(
    f"{current_process().name}: running the module as {__name__}",
    flush=True,
)
setting = "set at import"


def show_setting():
    print(f"child sees: {setting}")


if __name__ == "__main__":
    setting = "changed under the main guard"
    print(f"parent sees: {setting}", flush=True)
    child = Process(target=show_setting)
    child.start()
    child.join()
