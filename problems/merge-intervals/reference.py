# Sort by start, then sweep: extend the current interval while the next one starts
# at or before its end.
def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    for start, end in intervals:
        if start > end:
            raise ValueError(f"interval [{start}, {end}] has start > end")
    out: list[list[int]] = []
    for start, end in sorted(intervals, key=lambda iv: iv[0]):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out
