# Two heaps: `low` (a max-heap, stored negated for heapq) holds the smaller half and `high`
# (a min-heap) the larger half; low holds as many values as high, or one more. Every value
# passes through one heap into the other, which keeps each value of low <= each of high.
import heapq


class MedianFinder:
    def __init__(self) -> None:
        self.low: list[int] = []
        self.high: list[int] = []

    def addNum(self, num: int) -> None:
        heapq.heappush(self.high, -heapq.heappushpop(self.low, -num))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
