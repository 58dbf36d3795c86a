import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def process_kind(_):
    # Worker names are like "SpawnProcess-1" or "ForkProcess-2".
    return multiprocessing.current_process().name.split("-")[0]


if __name__ == "__main__":
    for method in ("spawn", "forkserver"):
        context = multiprocessing.get_context(method)
        with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
            kinds = set(pool.map(process_kind, range(4)))
        print(f"mp_context {method!r}: workers are {kinds}")
