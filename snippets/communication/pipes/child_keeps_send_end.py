from multiprocessing import Pipe, Process


def print_lines(receive_end):
    while True:
        try:
            line = receive_end.recv()
        except EOFError:
            print("printer: end of data", flush=True)
            break
        print("printer:", line, flush=True)


if __name__ == "__main__":
    receive_end, send_end = Pipe(duplex=False)
    printer = Process(target=print_lines, args=(receive_end,))
    printer.start()
    receive_end.close()
    for line in ["first line", "second line"]:
        send_end.send(line)
    send_end.close()
    printer.join()  # under fork, waits forever: the printer holds a send end
