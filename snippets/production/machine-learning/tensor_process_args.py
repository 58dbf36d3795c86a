import torch
import torch.multiprocessing as mp


def add_one(tensor):
    tensor += 1


if __name__ == "__main__":
    plain = torch.zeros(3)
    shared = torch.zeros(3).share_memory_()
    for tensor in (plain, shared):
        child = mp.Process(target=add_one, args=(tensor,))
        child.start()
        child.join()
    print("plain: ", plain.tolist(), "shared", plain.is_shared())
    print("shared:", shared.tolist(), "shared", shared.is_shared())
