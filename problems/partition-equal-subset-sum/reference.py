def can_partition(nums: list[int]) -> bool:
    """0/1 knapsack on sums: reach[s] says whether some of the numbers so far add up to s."""
    if not nums:
        raise ValueError("nums must not be empty")
    if any(x < 1 for x in nums):
        raise ValueError("every value must be >= 1")
    total = sum(nums)
    if total % 2:
        return False
    half = total // 2
    reach = [False] * (half + 1)
    reach[0] = True
    for x in nums:
        for s in range(half, x - 1, -1):
            if reach[s - x]:
                reach[s] = True
        if reach[half]:
            return True
    return False
