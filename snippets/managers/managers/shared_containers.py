from multiprocessing import Manager, Process


def record(worker_number, scores, arrivals, settings):
    scores[f"worker-{worker_number}"] = worker_number * settings.points
    arrivals.append(worker_number)


if __name__ == "__main__":
    with Manager() as manager:
        scores = manager.dict()
        arrivals = manager.list()
        settings = manager.Namespace()
        settings.points = 10

        workers = [
            Process(target=record, args=(number, scores, arrivals, settings))
            for number in range(1, 4)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()

        print("scores:", dict(sorted(scores.items())))
        print("arrivals:", sorted(arrivals))
        print("points per worker:", settings.points)
        print("type of the shared dict:", type(scores).__name__)
