from multiprocessing import Manager, Process


def use_all(shared):
    with shared["rlock"], shared["rlock"]:  # an RLock can be re-entered
        shared["value"].value += 1
        shared["array"][0] = 42
    with shared["semaphore"]:
        shared["list"].append("from the child")
    shared["dict"]["child"] = "done"
    shared["namespace"].answer = 42
    shared["queue"].put("a message")
    shared["barrier"].wait()  # meet the parent
    with shared["condition"]:
        shared["condition"].notify()
    shared["event"].set()


if __name__ == "__main__":
    with Manager() as manager:
        shared = {
            "value": manager.Value("i", 0),
            "array": manager.Array("i", [0, 0, 0]),
            "list": manager.list(),
            "dict": manager.dict(),
            "namespace": manager.Namespace(),
            "queue": manager.Queue(),
            "lock": manager.Lock(),
            "rlock": manager.RLock(),
            "semaphore": manager.Semaphore(2),
            "bounded": manager.BoundedSemaphore(2),
            "condition": manager.Condition(),
            "event": manager.Event(),
            "barrier": manager.Barrier(2),
            "pool": manager.Pool(1),
        }
        with shared["condition"]:
            child = Process(target=use_all, args=(shared,))
            child.start()
            shared["barrier"].wait()
            shared["condition"].wait()
        shared["event"].wait()
        child.join()

        print("value:", shared["value"].value)
        print("array:", list(shared["array"]))
        print("list:", list(shared["list"]), "| dict:", dict(shared["dict"]))
        print("namespace.answer:", shared["namespace"].answer)
        print("queue:", shared["queue"].get())
        print("pool:", shared["pool"].apply(pow, (2, 10)))
        for name, proxy in shared.items():
            print(f"{name:>9}: {type(proxy).__name__}")
