def longest_valid_parentheses(s: str) -> int:
    """A stack of indices whose bottom is the position just before the current valid run."""
    stack = [-1]
    best = 0
    for i, c in enumerate(s):
        if c == "(":
            stack.append(i)
        elif c == ")":
            stack.pop()
            if not stack:
                stack.append(i)
            else:
                best = max(best, i - stack[-1])
        else:
            raise ValueError(f"s may hold only '(' and ')', found {c!r} at index {i}")
    return best
