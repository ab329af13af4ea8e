# Two stacks side by side: mins[i] is the smallest of values[0..i], so the top of mins
# is the minimum of whatever is left after any number of pops.


class MinStack:
    def __init__(self) -> None:
        self.values: list[int] = []
        self.mins: list[int] = []

    def push(self, val: int) -> None:
        self.values.append(val)
        self.mins.append(val if not self.mins or val < self.mins[-1] else self.mins[-1])

    def pop(self) -> None:
        self.values.pop()
        self.mins.pop()

    def top(self) -> int:
        return self.values[-1]

    def getMin(self) -> int:
        return self.mins[-1]
