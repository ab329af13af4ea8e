def max_product(nums: list[int]) -> int:
    """The largest and the smallest product of a subarray ending at each element."""
    if not nums:
        raise ValueError("nums must not be empty")
    hi = lo = best = nums[0]
    for i in range(1, len(nums)):  # not nums[1:]: that copy would be O(n) extra space
        x = nums[i]
        a, b = x * hi, x * lo
        hi, lo = max(x, a, b), min(x, a, b)
        best = max(best, hi)
    return best
