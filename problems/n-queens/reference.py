def solveNQueens(n: int) -> list[list[str]]:
    """Row by row; columns, diagonals (row - col) and anti-diagonals (row + col) in use are flags, so each test is O(1)."""
    cols = [False] * n
    diag = [False] * (2 * n)
    anti = [False] * (2 * n)
    queen_at: list[int] = []
    out: list[list[str]] = []

    def place(row: int) -> None:
        if row == n:
            out.append(["." * c + "Q" + "." * (n - c - 1) for c in queen_at])
            return
        for c in range(n):
            d, a = row - c + n, row + c
            if cols[c] or diag[d] or anti[a]:
                continue
            cols[c] = diag[d] = anti[a] = True
            queen_at.append(c)
            place(row + 1)
            queen_at.pop()
            cols[c] = diag[d] = anti[a] = False

    place(0)
    return out
