from multiprocessing import Pipe, Process


def send_squares(count, send_end):
    for number in range(1, count + 1):
        send_end.send(number * number)
    send_end.close()


if __name__ == "__main__":
    receive_end, send_end = Pipe(duplex=False)
    sender = Process(target=send_squares, args=(4, send_end))
    sender.start()
    send_end.close()  # the parent only reads: close its copy of the send end
    while True:
        try:
            square = receive_end.recv()
        except EOFError:
            print("EOFError: every send end is closed, no more data")
            break
        print("received", square)
    sender.join()
