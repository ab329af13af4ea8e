# A stack of (text before the group, repeat count). Letters extend the current piece;
# ']' closes a group: the piece repeated k times is appended to the saved prefix.


def decode_string(s: str) -> str:
    stack: list[tuple[list[str], int]] = []
    cur: list[str] = []
    num = 0
    for ch in s:
        if ch.isdigit():
            num = num * 10 + int(ch)
        elif ch == "[":
            stack.append((cur, num))
            cur, num = [], 0
        elif ch == "]":
            prev, k = stack.pop()
            prev.append("".join(cur) * k)
            cur = prev
        else:
            cur.append(ch)
    return "".join(cur)
