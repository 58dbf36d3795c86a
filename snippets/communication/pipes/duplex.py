from multiprocessing import Pipe, Process


def count_words(connection):
    while (text := connection.recv()) is not None:
        connection.send(len(text.split()))
    connection.close()


if __name__ == "__main__":
    parent_end, child_end = Pipe()  # duplex: each end can send and receive
    counter = Process(target=count_words, args=(child_end,))
    counter.start()
    for text in ["to be or not to be", "that is the question"]:
        parent_end.send(text)
        word_count = parent_end.recv()
        print(f"{text!r} has {word_count} words")
    parent_end.send(None)  # tells the counter to stop
    counter.join()
    parent_end.close()
