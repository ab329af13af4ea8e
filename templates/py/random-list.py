class Node:
    """A list node with a random pointer, as drill builds it from [[val, random_index], ...]."""

    def __init__(self, x=0, next=None, random=None):
        self.val = x
        self.next = next
        self.random = random
