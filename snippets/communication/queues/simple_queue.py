from multiprocessing import Process, SimpleQueue


def greet(name, message_queue):
    message_queue.put(f"hello from {name}")


if __name__ == "__main__":
    message_queue = SimpleQueue()
    names = ["Ada", "Grace", "Guido"]
    greeters = [
        Process(target=greet, args=(name, message_queue)) for name in names
    ]
    for greeter in greeters:
        greeter.start()
    for _ in greeters:
        print(message_queue.get())
    for greeter in greeters:
        greeter.join()
    message_queue.close()
