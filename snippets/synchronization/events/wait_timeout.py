from multiprocessing import Event, Process


def wait_briefly(ready, who):
    was_set = ready.wait(timeout=0.5)
    print(f"{who}: wait(timeout=0.5) returned {was_set}", flush=True)


def wait_for_ever(ready):
    was_set = ready.wait()
    print(f"patient child: wait() returned {was_set}", flush=True)


if __name__ == "__main__":
    ready = Event()
    patient = Process(target=wait_for_ever, args=(ready,))
    impatient = Process(target=wait_briefly, args=(ready, "impatient child"))
    patient.start()
    impatient.start()
    impatient.join()  # it gives up: nobody sets the event in time

    print(f"parent: is_set() is {ready.is_set()}; setting it", flush=True)
    ready.set()
    patient.join()

    latecomer = Process(target=wait_briefly, args=(ready, "latecomer"))
    latecomer.start()  # the event is still set: its wait returns at once
    latecomer.join()

    ready.clear()
    print(f"parent: after clear(), is_set() is {ready.is_set()}")
