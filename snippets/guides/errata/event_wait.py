from multiprocessing import Event, Process


def wait_for_event(event):
    event.wait()
    print(f"wait_for_event: event.is_set() -> {event.is_set()}")


def wait_for_event_timeout(event, seconds):
    event.wait(seconds)
    print(f"wait_for_event_timeout: event.is_set() -> {event.is_set()}")


if __name__ == "__main__":
    event = Event()
    impatient = Process(target=wait_for_event_timeout, args=(event, 0.2))
    impatient.start()
    impatient.join()  # it gave up after 0.2 s: the event is not set yet
    patient = Process(target=wait_for_event, args=(event,))
    patient.start()
    print("main: setting the event", flush=True)  # before the child can print
    event.set()
    patient.join()
