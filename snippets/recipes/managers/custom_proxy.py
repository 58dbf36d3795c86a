from multiprocessing.managers import BaseManager, BaseProxy


class Scoreboard:
    def __init__(self):
        self.scores = {}

    def add(self, player, points):
        self.scores[player] = self.scores.get(player, 0) + points

    def top(self):
        return max(self.scores, key=self.scores.get)

    def __len__(self):
        return len(self.scores)


class ScoreboardProxy(BaseProxy):
    # The methods the proxy may call in the server
    _exposed_ = ("add", "top", "__len__")

    def add(self, player, points):
        return self._callmethod("add", (player, points))

    @property
    def leader(self):  # an attribute-like view, computed in the server
        return self._callmethod("top")

    def __len__(self):
        return self._callmethod("__len__")


class GameManager(BaseManager):
    pass


# The short way: an automatic proxy for the listed methods only
GameManager.register("AutoScoreboard", Scoreboard, exposed=("add", "top"))
# The long way: your own proxy class
GameManager.register("Scoreboard", Scoreboard, proxytype=ScoreboardProxy)

if __name__ == "__main__":
    with GameManager() as manager:
        auto = manager.AutoScoreboard()
        auto.add("ada", 3)
        print("auto proxy, top():", auto.top())
        try:
            len(auto)
        except TypeError as error:
            print("auto proxy, len():", error)

        board = manager.Scoreboard()
        board.add("ada", 3)
        board.add("grace", 5)
        print("own proxy, leader:", board.leader, "| len():", len(board))
