# Cyclic placement: swap every value v in 1..n to index v - 1; the first index not holding its value is the gap.
def first_missing_positive(nums: list[int]) -> int:
    n = len(nums)
    for i in range(n):
        while 1 <= nums[i] <= n and nums[nums[i] - 1] != nums[i]:
            home = nums[i] - 1
            nums[i], nums[home] = nums[home], home + 1
    for i in range(n):
        if nums[i] != i + 1:
            return i + 1
    return n + 1
