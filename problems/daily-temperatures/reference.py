def daily_temperatures(temperatures: list[int]) -> list[int]:
    """Monotonic stack of indices still waiting for a warmer day."""
    answer = [0] * len(temperatures)
    waiting: list[int] = []
    for i, t in enumerate(temperatures):
        while waiting and temperatures[waiting[-1]] < t:
            j = waiting.pop()
            answer[j] = i - j
        waiting.append(i)
    return answer
