"""Record the two stages of a JoinableQueue pipeline as they overlap."""

import time
from multiprocessing import JoinableQueue, Process, Queue, current_process

ITEM_COUNT = 6


def stage(name, seconds, inbox, outbox, records):
    worker = current_process().name
    while (item := inbox.get()) is not None:
        started = time.monotonic_ns()
        time.sleep(seconds)
        records.put((worker, name, started, time.monotonic_ns(), str(item)))
        if outbox is not None:
            outbox.put(item)
        inbox.task_done()
    inbox.task_done()


if __name__ == "__main__":
    downloads, parses, records = JoinableQueue(), JoinableQueue(), Queue()
    downloader = Process(
        target=stage,
        name="downloader",
        args=("download", 0.05, downloads, parses, records),
    )
    parsers = [
        Process(
            target=stage,
            name=f"parser {number}",
            args=("parse", 0.15, parses, None, records),
        )
        for number in (1, 2)
    ]
    for worker in [downloader, *parsers]:
        worker.start()
    for item in range(ITEM_COUNT):
        downloads.put(item)
    downloads.put(None)
    downloads.join()  # every item downloaded and passed on to the parsers
    parses.join()  # every item parsed
    # Only now the parsers' sentinels: put earlier, they could overtake items
    # still in the downloader's buffer, and a parser would stop too soon.
    for _ in parsers:
        parses.put(None)
    timeline = {"pipeline": [records.get() for _ in range(2 * ITEM_COUNT)]}
    for worker in [downloader, *parsers]:
        worker.join()
    stages = sorted({record[1] for record in timeline["pipeline"]})
    print(f"{len(timeline['pipeline'])} steps recorded: {', '.join(stages)}")
