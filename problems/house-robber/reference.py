def rob(nums: list[int]) -> int:
    """best(i) = max(best(i-1), best(i-2) + nums[i-1]), kept in two variables."""
    before_prev, prev = 0, 0
    for amount in nums:
        before_prev, prev = prev, max(prev, before_prev + amount)
    return prev
