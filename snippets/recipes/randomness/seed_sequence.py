from multiprocessing import Pool

import numpy as np


def draw(seed):
    generator = np.random.default_rng(seed)
    return generator.integers(0, 1_000_000, size=3).tolist()


if __name__ == "__main__":
    # One root seed for the whole run; one independent child per task
    child_seeds = np.random.SeedSequence(12345).spawn(4)
    with Pool(2) as pool:
        for numbers in pool.map(draw, child_seeds):
            print(numbers)
