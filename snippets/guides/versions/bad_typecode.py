import multiprocessing

if __name__ == "__main__":
    try:
        multiprocessing.Value("x", 0)
    except TypeError as error:
        print(f"TypeError: {error}")
