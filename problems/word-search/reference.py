def exist(board: list[list[str]], word: str) -> bool:
    """Depth-first search from every cell; a cell on the current path is marked in place and restored on the way back."""
    rows = len(board)
    cols = len(board[0]) if rows else 0

    def trace(r: int, c: int, i: int) -> bool:
        if r < 0 or c < 0 or r >= rows or c >= cols or board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        letter = board[r][c]
        board[r][c] = "#"
        found = trace(r + 1, c, i + 1) or trace(r - 1, c, i + 1) or trace(r, c + 1, i + 1) or trace(r, c - 1, i + 1)
        board[r][c] = letter
        return found

    return any(trace(r, c, 0) for r in range(rows) for c in range(cols))
