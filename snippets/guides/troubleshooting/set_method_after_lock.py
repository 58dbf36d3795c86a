import multiprocessing

print_lock = multiprocessing.Lock()  # uses, and so fixes, the default method

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")  # the first call, and it fails
