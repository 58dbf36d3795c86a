import collections
import itertools
from concurrent.futures import ProcessPoolExecutor


def square(number):
    return number * number


def bounded_map(executor, function, inputs, limit):
    """Like executor.map(), with at most `limit` calls submitted at once."""
    pending = collections.deque()
    for item in inputs:
        if len(pending) == limit:
            yield pending.popleft().result()
        pending.append(executor.submit(function, item))
    while pending:
        yield pending.popleft().result()


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        print("mapping over an endless input...", flush=True)
        results = bounded_map(executor, square, itertools.count(), limit=4)
        for result in itertools.islice(results, 5):
            print(result, flush=True)
