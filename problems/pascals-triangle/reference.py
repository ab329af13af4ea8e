MOD = 1_000_000_007


def generate(numRows: int) -> list[list[int]]:
    """Each row from the one above it: ones at both ends, sums of neighbours inside."""
    if numRows < 0:
        raise ValueError(f"numRows must be >= 0, got {numRows}")
    rows: list[list[int]] = []
    for r in range(numRows):
        row = [1] * (r + 1)
        if r >= 2:
            above = rows[-1]
            for c in range(1, r):
                row[c] = (above[c - 1] + above[c]) % MOD
        rows.append(row)
    return rows
