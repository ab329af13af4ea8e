# Count, then bucket the values by count and read the buckets from the highest count down: O(n).
def top_k_frequent(nums: list[int], k: int) -> list[int]:
    counts: dict[int, int] = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    if k < 1 or k > len(counts):
        raise ValueError(f"k must be between 1 and the number of distinct values ({len(counts)}), got {k}")
    buckets: list[list[int]] = [[] for _ in range(len(nums) + 1)]
    for value, count in counts.items():
        buckets[count].append(value)
    out: list[int] = []
    for count in range(len(nums), 0, -1):
        for value in buckets[count]:
            if len(out) == k:
                return out
            out.append(value)
    return out
