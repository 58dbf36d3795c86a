from multiprocessing import Process


def load_configuration():
    print("loading the configuration")


def work(number):
    print(f"worker {number} done")


if __name__ == "__main__":
    load_configuration()  # only in the main process
    workers = [Process(target=work, args=(n,)) for n in range(2)]
    for worker in workers:
        worker.start()
        worker.join()
