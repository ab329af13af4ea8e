# Hash set of values; walk upwards only from run starts (x - 1 absent), so each value is walked once.
def longest_consecutive(nums: list[int]) -> int:
    values = set(nums)
    best = 0
    for x in values:
        if x - 1 in values:
            continue
        length = 1
        while x + length in values:
            length += 1
        best = max(best, length)
    return best
