# Running prefix sum; a subarray ending here sums to k when an earlier prefix equals
# sum - k. `seen` counts how often each prefix sum occurred (the empty prefix: once).


def subarray_sum(nums: list[int], k: int) -> int:
    seen = {0: 1}
    total = 0
    count = 0
    for x in nums:
        total += x
        count += seen.get(total - k, 0)
        seen[total] = seen.get(total, 0) + 1
    return count
