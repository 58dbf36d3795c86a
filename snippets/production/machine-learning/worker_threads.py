import torch
import torch.multiprocessing as mp
from torch.utils.data import DataLoader, Dataset


class ThreadCount(Dataset):
    def __len__(self):
        return 1

    def __getitem__(self, index):
        return torch.get_num_threads()


def thread_count(_):
    return torch.get_num_threads()


def one_thread():
    torch.set_num_threads(1)


if __name__ == "__main__":
    main_threads = torch.get_num_threads()
    with mp.Pool(1) as pool:
        [threads] = pool.map(thread_count, [0])
    print("Pool worker, as many as the main process:", threads == main_threads)
    with mp.Pool(1, initializer=one_thread) as pool:
        print("Pool worker, initializer:", pool.map(thread_count, [0]))
    loader = DataLoader(ThreadCount(), batch_size=None, num_workers=1)
    # Kept to the end, as in dataloader_workers.py, so no semaphore leaks.
    batches = iter(loader)
    print("DataLoader worker:", list(batches))
