# {{title}} · {{difficulty}}
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang py
# Target:    {{time}} time, n = {{n}}
# Space:     {{space}}


class Trie:
    def __init__(self):
        # Set up your fields here.
        pass

    def insert(self, word: str) -> None:
        """Stores word."""
        raise NotImplementedError("not implemented yet")

    def search(self, word: str) -> bool:
        """Whether word itself was inserted (a longer word that starts with it does not count)."""
        raise NotImplementedError("not implemented yet")

    def startsWith(self, prefix: str) -> bool:
        """Whether some inserted word starts with prefix (a word is a prefix of itself)."""
        raise NotImplementedError("not implemented yet")
