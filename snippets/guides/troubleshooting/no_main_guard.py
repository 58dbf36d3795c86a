from multiprocessing import Process


def greet():
    print("Hello from the child process")


# No `if __name__ == "__main__":` guard: this runs again in every child
# that imports this file.
child = Process(target=greet)
child.start()
child.join()
print(f"child exit code: {child.exitcode}")
