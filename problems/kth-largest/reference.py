# Quickselect with a random pivot and a three-way partition (greater | equal | less):
# expected O(n), and many equal values do not make it quadratic.
import random


def find_kth_largest(nums: list[int], k: int) -> int:
    if k < 1 or k > len(nums):
        raise ValueError(f"k must be between 1 and {len(nums)}, got {k}")
    values = nums
    while True:
        pivot = random.choice(values)
        greater = [x for x in values if x > pivot]
        if k <= len(greater):
            values = greater
            continue
        equal = sum(1 for x in values if x == pivot)
        if k <= len(greater) + equal:
            return pivot
        k -= len(greater) + equal
        values = [x for x in values if x < pivot]
