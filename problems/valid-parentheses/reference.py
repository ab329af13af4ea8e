# A stack of the brackets still open: each closer must match the top, and nothing may be
# left open at the end.
_OPENER = {")": "(", "]": "[", "}": "{"}


def is_valid(s: str) -> bool:
    open_brackets: list[str] = []
    for ch in s:
        want = _OPENER.get(ch)
        if want is None:
            open_brackets.append(ch)
        elif not open_brackets or open_brackets.pop() != want:
            return False
    return not open_brackets
