# One pass with a sliding window: `left` is the first index of the current window and
# `last_seen` maps a character to the last index where it occurred.
def length_of_longest_substring(s: str) -> int:
    last_seen: dict[str, int] = {}
    left = 0
    best = 0
    for i, ch in enumerate(s):
        prev = last_seen.get(ch)
        if prev is not None and prev >= left:
            left = prev + 1
        last_seen[ch] = i
        best = max(best, i - left + 1)
    return best
