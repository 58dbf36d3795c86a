from multiprocessing import Pool


def square(number):
    return number * number


if __name__ == "__main__":
    groups = [[1, 2], [3, 4]]
    # One pool over every (group, number) pair, then regroup
    pairs = [
        (index, number)
        for index, group in enumerate(groups)
        for number in group
    ]
    with Pool(2) as pool:
        squares = pool.map(square, [number for _, number in pairs])
    sums = [0] * len(groups)
    for (index, _), value in zip(pairs, squares, strict=True):
        sums[index] += value
    print(sums)
