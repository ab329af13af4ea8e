class ListNode:
    """A linked-list node, as drill builds it from a list like [1, 2, 3]; return the head of a list the same way (or None)."""

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next
