def sort_colors(nums: list[int]) -> None:
    """Dutch national flag: [0, low) zeros, [low, i) ones, [i, high] unseen, (high, n) twos."""
    low, i, high = 0, 0, len(nums) - 1
    while i <= high:
        v = nums[i]
        if v == 0:
            nums[i], nums[low] = nums[low], 0
            low += 1
            i += 1
        elif v == 2:
            nums[i], nums[high] = nums[high], 2
            high -= 1  # the value that came from high is looked at next
        else:
            i += 1
