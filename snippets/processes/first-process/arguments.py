from multiprocessing import Process, current_process


def greet(name, *, greeting="Hello"):
    print(f"{current_process().name}: {greeting}, {name}!", flush=True)


if __name__ == "__main__":
    guests = {"Ada": "Hello", "Grace": "Bonjour", "Guido": "Hallo"}
    workers = []
    for number, (name, greeting) in enumerate(guests.items(), start=1):
        worker = Process(
            target=greet,
            args=(name,),
            kwargs={"greeting": greeting},
            name=f"greeter-{number}",
        )
        worker.start()
        workers.append(worker)
    for worker in workers:
        worker.join()
    print("All greeters have finished")
