def orangesRotting(grid: list[list[int]]) -> int:
    """Multi-source BFS: every rotten orange starts in the queue; each level of the search is one minute."""
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    level = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
    fresh = sum(row.count(1) for row in grid)
    minutes = 0
    while fresh and level:
        nxt = []
        for r, c in level:
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                    grid[nr][nc] = 2
                    fresh -= 1
                    nxt.append((nr, nc))
        level = nxt
        minutes += 1
    return minutes if fresh == 0 else -1
