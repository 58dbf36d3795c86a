import multiprocessing
import sys

if __name__ == "__main__":
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    print(f"Python {version} on {sys.platform}")
    print(f"available: {multiprocessing.get_all_start_methods()}")
    print(f"default: {multiprocessing.get_start_method()}")
