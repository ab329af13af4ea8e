# Kadane: the best sum ending at i is nums[i] alone or nums[i] added to the best sum ending at i - 1.
def max_sub_array(nums: list[int]) -> int:
    if not nums:
        raise ValueError("nums must not be empty")
    ending_here = best = nums[0]
    for i in range(1, len(nums)):
        x = nums[i]
        ending_here = max(x, ending_here + x)
        best = max(best, ending_here)
    return best
