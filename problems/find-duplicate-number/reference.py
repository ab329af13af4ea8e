def find_duplicate(nums: list[int]) -> int:
    """Floyd's tortoise and hare on the walk i -> nums[i]; the loop's entrance is the repeated value."""
    n = len(nums) - 1
    if n < 1:
        raise ValueError("nums needs at least 2 values")
    if any(x < 1 or x > n for x in nums):
        raise ValueError(f"every value must be between 1 and {n}")
    slow, fast = nums[0], nums[nums[0]]
    while slow != fast:
        slow, fast = nums[slow], nums[nums[fast]]
    slow = 0
    while slow != fast:
        slow, fast = nums[slow], nums[fast]
    return slow
