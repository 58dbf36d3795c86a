from multiprocessing import Process

if __name__ == "__main__":

    def greet():  # defined only when this file runs as the main program
        print("Hello from the child process")

    child = Process(target=greet)
    child.start()
    child.join()
    print(f"child exit code: {child.exitcode}")
