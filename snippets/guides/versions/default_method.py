import multiprocessing

if __name__ == "__main__":
    print(f"available: {multiprocessing.get_all_start_methods()}")
    print(f"default: {multiprocessing.get_start_method()}")
