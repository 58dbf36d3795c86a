import multiprocessing

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    multiprocessing.set_start_method("spawn")  # e.g. in a second module
