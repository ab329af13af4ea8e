def single_number(nums: list[int]) -> int:
    """Pairs cancel under XOR, in any order; what is left is the single value."""
    acc = 0
    for x in nums:
        acc ^= x
    return acc
