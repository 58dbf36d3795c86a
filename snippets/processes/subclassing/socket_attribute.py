import socket
from multiprocessing import Process


class Greeter(Process):
    def __init__(self, connection):
        super().__init__()
        self.connection = connection  # a socket travels to the child

    def run(self):
        self.connection.sendall(b"hello from the child")


if __name__ == "__main__":
    parent_end, child_end = socket.socketpair()
    greeter = Greeter(child_end)
    greeter.start()
    greeter.join()
    print(parent_end.recv(100).decode())
