import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class Squares(Dataset):
    def __len__(self):
        return 8

    def __getitem__(self, index):
        # In a worker, get_worker_info() says which; in the main process
        # (num_workers=0) it returns None.
        return index * index, get_worker_info().id


def describe_worker(worker_id):
    info = get_worker_info()
    print(
        f"worker {info.id} of {info.num_workers}: seed {info.seed},"
        f" torch.initial_seed() {torch.initial_seed()},"
        f" threads {torch.get_num_threads()}",
        flush=True,
    )


if __name__ == "__main__":
    loader = DataLoader(
        Squares(),
        batch_size=2,
        num_workers=2,
        worker_init_fn=describe_worker,
        generator=torch.Generator().manual_seed(7),
    )
    # Keep the iterator to the end: at exit, multiprocessing then removes
    # its queues' semaphores in the main thread, not in a feeder thread
    # stopped halfway (a rare "leaked semaphore" warning).
    batches = iter(loader)
    for squares, workers in batches:
        print(f"batch {squares.tolist()} from workers {workers.tolist()}")
