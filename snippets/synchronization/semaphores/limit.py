import queue
from multiprocessing import Event, Process, Queue, Semaphore, Value

SLOTS = 2
WORKERS = 5


def use_resource(slots, inside, most_inside, entered, may_leave):
    with slots:
        with inside.get_lock():
            inside.value += 1
            most_inside.value = max(most_inside.value, inside.value)
        entered.put(True)
        may_leave.wait()  # stay inside until the parent has looked
        with inside.get_lock():
            inside.value -= 1


if __name__ == "__main__":
    slots = Semaphore(SLOTS)
    inside, most_inside = Value("i", 0), Value("i", 0)
    entered, may_leave = Queue(), Event()
    args = (slots, inside, most_inside, entered, may_leave)
    workers = [Process(target=use_resource, args=args) for _ in range(WORKERS)]
    for worker in workers:
        worker.start()
    for _ in range(SLOTS):
        entered.get()
    print(f"{SLOTS} workers are inside, {WORKERS - SLOTS} wait for a slot")
    try:
        entered.get(timeout=1)
        print("a third worker got in")
    except queue.Empty:
        print("one second later, nobody else has got in")
    may_leave.set()
    for _ in range(WORKERS - SLOTS):
        entered.get()
    for worker in workers:
        worker.join()
    print(
        f"all {WORKERS} have been inside, at most {most_inside.value} at once"
    )
