import resource

import torch
import torch.multiprocessing as mp

# At module level: a child started by spawn or forkserver imports this
# module and so sets it too (the strategy is a setting of each process).
mp.set_sharing_strategy("file_system")
TENSOR_COUNT = 100


def send_tensors(tensors, finished):
    for number in range(TENSOR_COUNT):
        tensors.put(torch.full((4,), number))
    finished.get()  # the sender lives until every tensor is received


if __name__ == "__main__":
    print("sharing strategy:", mp.get_sharing_strategy(), flush=True)
    tensors, finished = mp.Queue(), mp.Queue()
    sender = mp.Process(target=send_tensors, args=(tensors, finished))
    sender.start()
    # A low limit for the receiving process, so the example fails fast.
    _, hard_limit = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, hard_limit))
    try:
        received = [tensors.get() for _ in range(TENSOR_COUNT)]
        print("received", len(received), "tensors")
        del received  # the last process to drop a tensor frees its memory
    finally:
        finished.put(True)
        sender.join()
