# Three pointers: prev is the part already reversed, cur the first node not yet turned, nxt
# saved before cur's pointer is overwritten. Each node is turned once: O(n) time, O(1) space.


def reverse_list(head: "ListNode | None") -> "ListNode | None":
    prev, cur = None, head
    while cur is not None:
        nxt = cur.next
        cur.next = prev
        prev = cur
        cur = nxt
    return prev
