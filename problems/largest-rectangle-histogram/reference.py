# A stack of bar indices with increasing heights. When a lower bar arrives, every higher
# bar on top is finished: its rectangle reaches from just after the bar below it on the
# stack to just before the new bar. A final height of 0 flushes the stack.


def largest_rectangle_area(heights: list[int]) -> int:
    n = len(heights)
    stack: list[int] = []
    best = 0
    for i in range(n + 1):
        h = heights[i] if i < n else 0
        while stack and heights[stack[-1]] >= h:
            height = heights[stack.pop()]
            left = stack[-1] if stack else -1
            best = max(best, height * (i - left - 1))
        stack.append(i)
    return best
