from multiprocessing import Array, Process, Value


def update(temperature, readings, label):
    temperature.value = 21.5
    for index in range(len(readings)):
        readings[index] *= 10
    label.value = b"done"


if __name__ == "__main__":
    temperature = Value("d", 0.0)  # "d": a C double
    readings = Array("i", [1, 2, 3, 4])  # "i": a C int
    label = Array("c", 8)  # "c": eight bytes, all zero
    child = Process(target=update, args=(temperature, readings, label))
    child.start()
    child.join()
    print(f"temperature: {temperature.value}")
    print(f"readings: {readings[:]}")
    print(f"label: {label.value}")
