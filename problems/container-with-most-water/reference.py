# Two pointers from the ends; the shorter line can never do better with a narrower partner, so it moves.
def max_area(height: list[int]) -> int:
    if len(height) < 2:
        raise ValueError(f"need at least two lines, got {len(height)}")
    left, right = 0, len(height) - 1
    best = 0
    while left < right:
        best = max(best, min(height[left], height[right]) * (right - left))
        if height[left] < height[right]:
            left += 1
        else:
            right -= 1
    return best
