from multiprocessing import Pipe, Process


def print_lines(receive_end, send_end):
    send_end.close()  # this process only reads: close the end it does not use
    while True:
        try:
            line = receive_end.recv()
        except EOFError:
            print("printer: end of data")
            break
        print("printer:", line)


if __name__ == "__main__":
    receive_end, send_end = Pipe(duplex=False)
    printer = Process(target=print_lines, args=(receive_end, send_end))
    printer.start()
    receive_end.close()  # the parent only writes
    for line in ["first line", "second line"]:
        send_end.send(line)
    send_end.close()
    printer.join()
    print("parent: the printer has finished")
