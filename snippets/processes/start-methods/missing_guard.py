from multiprocessing import Process, current_process


def greet():
    print(f"{current_process().name}: hello", flush=True)


# No `if __name__ == "__main__":` guard: this code runs on every import.
print(f"{current_process().name}: module code runs as {__name__}", flush=True)
child = Process(target=greet)
child.start()
child.join()
print(f"{current_process().name}: child's exitcode {child.exitcode}")
