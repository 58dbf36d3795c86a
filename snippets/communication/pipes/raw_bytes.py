from multiprocessing import Pipe, Process


def send_record(send_end):
    record = b"id=42;name=Ada;lang=en"
    send_end.send_bytes(record)  # the bytes as they are: no pickling
    send_end.send_bytes(record, 6, 8)  # offset 6, size 8: only b"name=Ada"
    send_end.close()


if __name__ == "__main__":
    receive_end, send_end = Pipe(duplex=False)
    sender = Process(target=send_record, args=(send_end,))
    sender.start()
    send_end.close()
    print(receive_end.recv_bytes())
    print(receive_end.recv_bytes())
    sender.join()
