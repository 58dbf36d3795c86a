import os
from multiprocessing import Process


def report(who):
    print(f"{who} may use {len(os.sched_getaffinity(0))} CPU(s)", flush=True)


def run_child(who):
    child = Process(target=report, args=(who,))
    child.start()
    child.join()


if __name__ == "__main__":
    run_child("first child")
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    report("parent")
    run_child("second child")
