import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class RandomCrops(Dataset):
    def __init__(self):
        self.rng = None  # made in each worker, by seed_worker

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self.rng.integers(1_000_000)


def seed_worker(worker_id):
    info = get_worker_info()
    # info.dataset is this worker's copy; info.seed differs per worker
    # and follows the DataLoader's generator.
    info.dataset.rng = np.random.default_rng(info.seed)


if __name__ == "__main__":
    loader = DataLoader(
        RandomCrops(),
        batch_size=2,
        num_workers=2,
        worker_init_fn=seed_worker,
        generator=torch.Generator().manual_seed(7),
    )
    # Kept to the end, as in dataloader_workers.py, so no semaphore leaks.
    batches = iter(loader)
    for batch in batches:
        print(batch.tolist())
