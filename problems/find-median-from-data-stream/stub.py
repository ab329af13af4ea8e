# {{title}} · {{difficulty}}
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang py
# Target:    {{time}} time, n = {{n}}
# Space:     {{space}}


class MedianFinder:
    def __init__(self):
        # Set up your fields here.
        pass

    def addNum(self, num: int) -> None:
        """Adds a number to the data seen so far."""
        raise NotImplementedError("not implemented yet")

    def findMedian(self) -> float:
        """The median of all numbers added so far (at least one was added)."""
        raise NotImplementedError("not implemented yet")
