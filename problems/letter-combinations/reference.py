KEYPAD = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def letterCombinations(digits: str) -> list[str]:
    """Backtracking over the digits: one letter per digit, the prefix grows and shrinks in a buffer."""
    if not digits:
        return []
    out: list[str] = []
    prefix: list[str] = []

    def extend(i: int) -> None:
        if i == len(digits):
            out.append("".join(prefix))
            return
        for letter in KEYPAD[digits[i]]:
            prefix.append(letter)
            extend(i + 1)
            prefix.pop()

    extend(0)
    return out
