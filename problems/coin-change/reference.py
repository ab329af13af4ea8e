# best[x] = fewest coins making x. Every x is built from a smaller amount plus one coin.


def coin_change(coins: list[int], amount: int) -> int:
    if amount < 0:
        raise ValueError(f"amount must be non-negative, got {amount}")
    for c in coins:
        if c < 1:
            raise ValueError(f"every coin must be worth at least 1, got {c}")
    unreachable = amount + 1
    best = [0] + [unreachable] * amount
    for x in range(1, amount + 1):
        for c in coins:
            if c <= x and best[x - c] + 1 < best[x]:
                best[x] = best[x - c] + 1
    return -1 if best[amount] == unreachable else best[amount]
