import multiprocessing
import os

import container


def square(number):
    return number * number


def send_square(number, connection):
    connection.send(square(number))
    connection.close()


def with_pool(numbers):
    try:
        with multiprocessing.Pool(2) as pool:
            print("Pool:", pool.map(square, numbers))
    except OSError as error:
        print("Pool:", repr(error))


def with_pipes(numbers):
    """One process and one pipe per number: no semaphore needed."""
    workers = []
    for number in numbers:
        receiver, sender = multiprocessing.Pipe(duplex=False)
        process = multiprocessing.Process(
            target=send_square, args=(number, sender)
        )
        process.start()
        sender.close()
        workers.append((process, receiver))
    results = [receiver.recv() for _, receiver in workers]
    for process, _ in workers:
        process.join()
    print("Process and Pipe:", results)


def main():
    print("/dev/shm exists:", os.path.exists("/dev/shm"))
    with_pool([1, 2, 3])
    with_pipes([1, 2, 3])


if __name__ == "__main__":
    container.run(main, no_shm=True)
