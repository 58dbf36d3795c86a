from multiprocessing import Pipe, Process
from multiprocessing.connection import wait


def report(worker_number, send_end):
    for step in ("started", "finished"):
        send_end.send(f"worker {worker_number} {step}")
    send_end.close()


if __name__ == "__main__":
    receive_ends = []
    workers = []
    for worker_number in range(3):
        receive_end, send_end = Pipe(duplex=False)
        worker = Process(target=report, args=(worker_number, send_end))
        worker.start()
        send_end.close()
        receive_ends.append(receive_end)
        workers.append(worker)
    while receive_ends:
        for ready_end in wait(receive_ends):  # the ends with data or EOF
            try:
                print(ready_end.recv())
            except EOFError:
                receive_ends.remove(ready_end)
    for worker in workers:
        worker.join()
    print("all workers have reported")
