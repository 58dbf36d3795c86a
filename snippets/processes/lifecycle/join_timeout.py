from multiprocessing import Event, Process


def wait_for(go_ahead):
    go_ahead.wait()  # stays busy until the parent says so


if __name__ == "__main__":
    go_ahead = Event()
    worker = Process(target=wait_for, args=(go_ahead,))
    print(f"before start: alive={worker.is_alive()}, {worker.pid=}")
    worker.start()
    worker.join(timeout=0.2)  # returns after 0.2 s, finished or not
    print(f"after join(0.2): alive={worker.is_alive()}, {worker.exitcode=}")
    go_ahead.set()
    worker.join()  # no timeout: waits as long as it takes
    print(f"after join(): alive={worker.is_alive()}, {worker.exitcode=}")
