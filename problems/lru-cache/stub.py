# {{title}} · {{difficulty}}
# {{summary}}
#
# Statement: {{show}}      Hints: {{hints}}
# Test:      {{test}}
# Target:    {{time}} time, n = {{n}}
# Space:     {{space}}


class LRUCache:
    def __init__(self, capacity: int):
        # Set up your fields here.
        pass

    def get(self, key: int) -> int:
        """The value stored for key (it becomes the most recently used key), or -1."""
        raise NotImplementedError("not implemented yet")

    def put(self, key: int, value: int) -> None:
        """Stores value under key, evicting the least recently used key when a new key finds the cache full."""
        raise NotImplementedError("not implemented yet")
