# {{title}} · {{difficulty}}
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang py
# Target:    {{time}} time, n = {{n}}
# Space:     {{space}}


class MinStack:
    def __init__(self):
        # Set up your fields here.
        pass

    def push(self, val: int) -> None:
        """Puts val on top of the stack."""
        raise NotImplementedError("not implemented yet")

    def pop(self) -> None:
        """Removes the top element (the stack is not empty)."""
        raise NotImplementedError("not implemented yet")

    def top(self) -> int:
        """The top element (the stack is not empty)."""
        raise NotImplementedError("not implemented yet")

    def getMin(self) -> int:
        """The smallest element in the stack (the stack is not empty)."""
        raise NotImplementedError("not implemented yet")
