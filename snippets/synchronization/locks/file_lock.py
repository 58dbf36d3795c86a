import tempfile
from multiprocessing import Lock, Process
from pathlib import Path

RECORDS_PER_WORKER = 5
LINES_PER_RECORD = 3


def write_records(lock, log_path, worker_id):
    for record in range(RECORDS_PER_WORKER):
        with lock, open(log_path, "a") as log:
            for line in range(LINES_PER_RECORD):
                log.write(f"worker {worker_id} record {record} line {line}\n")
                log.flush()  # one write per line, like a slow writer


def is_whole(record):
    first_words = record[0].rsplit(" line ", 1)[0]
    return record == [
        f"{first_words} line {n}" for n in range(LINES_PER_RECORD)
    ]


if __name__ == "__main__":
    file_lock = Lock()
    with tempfile.TemporaryDirectory() as folder:
        log_path = Path(folder) / "records.log"
        workers = [
            Process(target=write_records, args=(file_lock, log_path, n))
            for n in range(4)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        lines = log_path.read_text().splitlines()

    records = [
        lines[start : start + LINES_PER_RECORD]
        for start in range(0, len(lines), LINES_PER_RECORD)
    ]
    print(f"{len(lines)} lines in {len(records)} records")
    print(f"every record in one piece: {all(map(is_whole, records))}")
