# Two pointers that swap lists: a walks A then B, b walks B then A. Both cover
# (own part of A) + (own part of B) + (shared tail) nodes, so they reach the first shared node
# at the same step, or None together when there is none. O(m + n) time, O(1) space.


def get_intersection_node(headA, headB):
    a, b = headA, headB
    while a is not b:
        a = headB if a is None else a.next
        b = headA if b is None else b.next
    return a
