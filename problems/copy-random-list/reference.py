# Weaving: each copy goes right after its original (A -> A' -> B -> B' ...), so the copy of any
# node X is X.next. Then A'.random = A.random.next, and the two lists are pulled apart again,
# leaving the original as it was. O(n) time, O(1) space besides the copy.


def copy_random_list(head):
    node = head
    while node is not None:
        node.next = Node(node.val, node.next)
        node = node.next.next
    node = head
    while node is not None:
        node.next.random = None if node.random is None else node.random.next
        node = node.next.next
    dummy = tail = Node(0)
    node = head
    while node is not None:
        copy = node.next
        node.next = copy.next
        tail.next = tail = copy
        node = node.next
    tail.next = None
    return dummy.next
