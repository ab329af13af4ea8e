# Breadth-first search by ranges: the indices reachable in exactly k jumps form a block
# ending at `end`; scanning it, the farthest reach is where the next block ends.


def jump(nums: list[int]) -> int:
    n = len(nums)
    if n == 0:
        raise ValueError("nums is empty: there is no last index to reach")
    jumps = end = far = 0
    for i in range(n - 1):
        far = max(far, i + nums[i])
        if i == end:
            if far <= i:
                raise ValueError(f"the last index cannot be reached: every path stops by index {i}")
            jumps += 1
            end = far
            if end >= n - 1:
                break
    return jumps
