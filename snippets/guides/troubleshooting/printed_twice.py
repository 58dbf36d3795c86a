from multiprocessing import Process

print("loading the configuration")  # runs on import, in every child too


def work(number):
    print(f"worker {number} done")


if __name__ == "__main__":
    workers = [Process(target=work, args=(n,)) for n in range(2)]
    for worker in workers:
        worker.start()
        worker.join()
