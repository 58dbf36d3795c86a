from multiprocessing import Pipe, Process


def shout(connection):
    message = connection.recv()
    connection.send(message.upper())


if __name__ == "__main__":
    parent_end, child_end = Pipe()
    child = Process(target=shout, args=(child_end,))
    child.start()

    print("anything within 0.2 s?", parent_end.poll(0.2))
    parent_end.send("hello")
    print("anything, waiting as long as it takes?", parent_end.poll(None))
    print("received:", parent_end.recv())
    print("anything more right now?", parent_end.poll())
    child.join()
