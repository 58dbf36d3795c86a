import threading
from multiprocessing import Process
from multiprocessing.managers import BaseManager


class Inventory:
    """An ordinary class: it lives in the manager's process."""

    def __init__(self):
        self._stock = {}
        self._lock = threading.Lock()  # the server runs calls in threads

    def add(self, item, count):
        with self._lock:
            self._stock[item] = self._stock.get(item, 0) + count
            return self._stock[item]

    def snapshot(self):
        with self._lock:
            return dict(sorted(self._stock.items()))


class InventoryManager(BaseManager):
    pass


InventoryManager.register("Inventory", Inventory)


def deliver(inventory, item, count):
    inventory.add(item, count)


if __name__ == "__main__":
    with InventoryManager() as manager:
        inventory = manager.Inventory()
        deliveries = [("apples", 5), ("pears", 3), ("apples", 2)]
        workers = [
            Process(target=deliver, args=(inventory, item, count))
            for item, count in deliveries
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print("stock:", inventory.snapshot())
        print("proxy type:", type(inventory).__name__)
