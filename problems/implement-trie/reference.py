class _Node:
    __slots__ = ("children", "is_word")

    def __init__(self) -> None:
        self.children: dict[str, "_Node"] = {}
        self.is_word = False


class Trie:
    """A tree of letters: every node maps a letter to its child and knows whether a stored word ends there."""

    def __init__(self) -> None:
        self.root = _Node()

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            child = node.children.get(letter)
            if child is None:
                child = node.children[letter] = _Node()
            node = child
        node.is_word = True

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and node.is_word

    def startsWith(self, prefix: str) -> bool:
        return self._walk(prefix) is not None

    def _walk(self, letters: str) -> "_Node | None":
        node = self.root
        for letter in letters:
            node = node.children.get(letter)
            if node is None:
                return None
        return node
