from multiprocessing import Pipe, Process


def send_numbers(connection):
    for number in range(5):
        connection.send(number)
    connection.close()  # the receiver gets EOFError once all is read


if __name__ == "__main__":
    receiving_end, sending_end = Pipe(duplex=False)
    sender = Process(target=send_numbers, args=(sending_end,))
    sender.start()
    sending_end.close()  # the parent keeps only the end it uses
    while True:
        try:
            print(f"received {receiving_end.recv()}")
        except EOFError:
            break
    sender.join()
