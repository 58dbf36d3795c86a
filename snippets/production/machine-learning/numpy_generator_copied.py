import numpy as np
from torch.utils.data import DataLoader, Dataset


class RandomCrops(Dataset):
    def __init__(self):
        # Created once, in the main process: every worker gets a copy.
        self.rng = np.random.default_rng()

    def __len__(self):
        return 4

    def __getitem__(self, index):
        own_generator = self.rng.integers(1_000_000)
        global_generator = np.random.randint(1_000_000)
        return own_generator, global_generator


if __name__ == "__main__":
    loader = DataLoader(RandomCrops(), batch_size=2, num_workers=2)
    # Kept to the end, as in dataloader_workers.py, so no semaphore leaks.
    batches = iter(loader)
    first, second = list(batches)
    print("worker 0 and worker 1 drew the same numbers:")
    print("  from the dataset's Generator:", first[0].equal(second[0]))
    print("  from np.random:", first[1].equal(second[1]))
