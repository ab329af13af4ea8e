def generateParenthesis(n: int) -> list[str]:
    """Backtracking with counts: '(' while open < n, ')' while close < open; a full-length string is balanced."""
    out: list[str] = []
    chars: list[str] = []

    def extend(open_: int, close: int) -> None:
        if len(chars) == 2 * n:
            out.append("".join(chars))
            return
        if open_ < n:
            chars.append("(")
            extend(open_ + 1, close)
            chars.pop()
        if close < open_:
            chars.append(")")
            extend(open_, close + 1)
            chars.pop()

    extend(0, 0)
    return out
