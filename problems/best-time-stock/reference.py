# One pass: the best sale today buys at the lowest price seen before (or on) today.


def max_profit(prices: list[int]) -> int:
    low = float("inf")
    best = 0
    for p in prices:
        if p < low:
            low = p
        elif p - low > best:
            best = p - low
    return best
