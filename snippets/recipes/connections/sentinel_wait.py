from multiprocessing import Pipe, Process
from multiprocessing.connection import wait


def worker(orders):
    orders.recv()  # work until the parent says stop


if __name__ == "__main__":
    order_ends = {}
    workers = {}
    for name in ["a", "b", "c"]:
        parent_end, child_end = Pipe()
        process = Process(target=worker, args=(child_end,), name=name)
        process.start()
        order_ends[name] = parent_end
        workers[process.sentinel] = process

    print("ended within 0.5 s:", wait(list(workers), timeout=0.5))

    order_ends["b"].send("stop")
    ended = wait(list(workers))  # returns as soon as one has ended
    print("ended first:", [workers[sentinel].name for sentinel in ended])

    for name in ["a", "c"]:
        order_ends[name].send("stop")
    for process in workers.values():
        process.join()
    print("exit codes:", [process.exitcode for process in workers.values()])
