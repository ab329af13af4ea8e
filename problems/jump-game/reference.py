# One pass keeping the farthest index reachable so far. The reachable indices are always a
# prefix 0..reach, so meeting an index beyond reach means nothing after it can be reached.
# O(n) time, O(1) extra space.


def can_jump(nums: list[int]) -> bool:
    if len(nums) == 0:
        raise ValueError("nums must not be empty: there is no last index")
    last = len(nums) - 1
    reach = 0
    i = 0
    while i <= reach:
        reach = max(reach, i + nums[i])
        if reach >= last:
            return True
        i += 1
    return False
