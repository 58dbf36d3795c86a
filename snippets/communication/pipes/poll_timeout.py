from multiprocessing import Pipe, Process


def answer_one_request(connection):
    request = connection.recv()
    connection.send(f"answer to {request}")
    connection.close()


if __name__ == "__main__":
    parent_end, child_end = Pipe()
    helper = Process(target=answer_one_request, args=(child_end,))
    helper.start()
    print("data waiting now?", parent_end.poll())  # returns at once
    print("data within 0.1 s?", parent_end.poll(0.1))
    parent_end.send("request 1")
    if parent_end.poll(timeout=10):
        print("received:", parent_end.recv())
    else:
        print("no answer within 10 s")
    helper.join()
