def majority_element(nums: list[int]) -> int:
    """Boyer-Moore voting: pairs of different values cancel; the majority cannot be cancelled out."""
    candidate, count = 0, 0
    for x in nums:
        if count == 0:
            candidate = x
        count += 1 if x == candidate else -1
    return candidate
