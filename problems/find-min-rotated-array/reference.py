# Compare the middle with the right end of the range: a larger middle lies in the upper
# run, so the minimum is to its right; otherwise the minimum is at the middle or left of it.


def find_min(nums: list[int]) -> int:
    if not nums:
        raise ValueError("nums is empty: it has no minimum")
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    return nums[lo]
