from ctypes import Structure, c_double
from multiprocessing import Process
from multiprocessing.sharedctypes import Array, RawValue, Value


class Point(Structure):
    _fields_ = [("x", c_double), ("y", c_double)]


def move(origin, corner, path):
    with corner.get_lock():  # Value() comes with a lock
        corner.x += 10
    origin.y = 5.0  # RawValue: no lock, fine for one writer
    for point in path:
        point.x *= 2


if __name__ == "__main__":
    origin = RawValue(Point, 0.0, 0.0)
    corner = Value(Point, 1.0, 1.0)
    path = Array(Point, [(1.0, 1.0), (2.0, 4.0)], lock=False)
    child = Process(target=move, args=(origin, corner, path))
    child.start()
    child.join()
    print("origin:", (origin.x, origin.y))
    print("corner:", (corner.x, corner.y))
    print("path:", [(point.x, point.y) for point in path])
