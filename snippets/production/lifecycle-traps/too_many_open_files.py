import multiprocessing
import resource

if __name__ == "__main__":
    # A small limit, so that it runs out quickly; servers often have 1024.
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
    pipes = []
    try:
        while True:
            pipes.append(multiprocessing.Pipe())
    except OSError as error:
        print(f"after {len(pipes)} pipes: {type(error).__name__}: {error}")
    for receiver, sender in pipes:
        receiver.close()
        sender.close()
    pipes.clear()
    print("closed them; one more works:", bool(multiprocessing.Pipe()))
