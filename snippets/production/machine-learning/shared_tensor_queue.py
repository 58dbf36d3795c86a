import torch
import torch.multiprocessing as mp


def add_one(tensors, finished):
    tensor = tensors.get()
    print("child: shared", tensor.is_shared(), flush=True)
    tensor += 1  # in place: the parent's tensor changes too
    finished.put(True)


if __name__ == "__main__":
    tensors, finished = mp.Queue(), mp.Queue()
    weights = torch.zeros(3)
    print("parent: shared", weights.is_shared(), flush=True)
    child = mp.Process(target=add_one, args=(tensors, finished))
    child.start()
    tensors.put(weights)
    finished.get()
    print("parent:", weights.tolist(), "shared", weights.is_shared())
    child.join()
