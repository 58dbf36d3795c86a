from multiprocessing import Pipe, Process


def finish_when_told(connection):
    connection.recv()  # wait for the parent's message
    print("child: finishing my work", flush=True)


if __name__ == "__main__":
    child_end, parent_end = Pipe()
    worker = Process(target=finish_when_told, args=(child_end,))
    worker.start()
    print("parent: reached the end of the program", flush=True)
    parent_end.send("go")
    # No join(): Python waits for non-daemon children before it exits.
