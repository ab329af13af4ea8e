"""What the solution prints: captured, cut short, taken once per case."""

import io
import sys

OUTPUT_LIMIT = 4000


class CappedWriter(io.TextIOBase):
    """Keeps the first `limit` characters printed and counts the rest."""

    def __init__(self, limit=OUTPUT_LIMIT):
        self.limit = limit
        self.parts = []
        self.size = 0
        self.dropped = 0

    def writable(self):
        return True

    def write(self, text):
        text = str(text)
        room = self.limit - self.size
        if room > 0:
            self.parts.append(text[:room])
            self.size += min(len(text), room)
        if len(text) > room:
            self.dropped += len(text) - max(room, 0)
        return len(text)

    def take(self):
        """What was printed since the last take, with a note of how much was cut."""
        out = "".join(self.parts)
        if self.dropped:
            out += "\n… ({:,} more characters not shown)".format(self.dropped)
        self.parts, self.size, self.dropped = [], 0, 0
        return out


def capture_streams():
    """Points sys.stdout and sys.stderr at one CappedWriter (returned) and gives an empty stdin."""
    captured = CappedWriter()
    sys.stdout = captured
    sys.stderr = captured
    sys.stdin = io.StringIO("")
    return captured
