"""A fork server for drill's Python harness (harness.py --fork-server).

Importing torch takes a second on an idle machine and several on a busy one, and drill runs each
test run in a fresh harness process. So, for PyTorch, one long-lived process imports everything
once and forks a harness per run: the fork has torch already imported, and starts in
milliseconds. Each fork leads its own session (drill kills it as a group) and talks to drill over
a Unix socket drill listens on; the server reports each fork's pid and its exit. Its messages are
part of drill's protocol (protocol.schema.json: "fork" in, "forkServerReply" out).
"""

import json
import os
import signal
import socket

from .json_schema import Invalid
from .protocol import SCHEMA

FORK = SCHEMA.resolve("#/$defs/fork")


def read_request(line):
    """(the fork request, None), or (None, what is wrong with the line)."""
    try:
        message = json.loads(line)
    except ValueError:
        return None, "unknown request: {!r} (not JSON)".format(line.strip()[:80])
    kind = message.get("type") if isinstance(message, dict) else None
    if kind != "fork":
        return None, "unknown request: {!r}".format(kind if isinstance(message, dict) else line.strip()[:80])
    try:
        SCHEMA.check(message, FORK)
    except Invalid as error:
        return None, error.describe(kind)
    return message, None


def serve(requests, replies):
    """Serves fork requests until drill closes the channel; returns (requests, replies) in each fork."""
    replies_fd = replies.fileno()

    def send(message):
        # One raw write per line: the SIGCHLD handler may run between any two bytecodes of this
        # loop, and a buffered writer would raise on the reentrant call; a short write to a pipe
        # is atomic, so lines never interleave.
        os.write(replies_fd, (json.dumps(message) + "\n").encode())

    def reap(_signum, _frame):
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            code = os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode") else status
            send({"type": "exited", "pid": pid, "code": code})

    signal.signal(signal.SIGCHLD, reap)
    send({"type": "ready"})
    for line in requests:
        message, problem = read_request(line)
        if problem is not None:
            send({"type": "protocol-error", "message": problem})
            continue
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            os.setsid()
            requests.close()
            replies.close()
            channel = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            channel.connect(message["socket"])
            return channel.makefile("r", encoding="utf-8"), channel.makefile("w", encoding="utf-8")
        send({"type": "forked", "socket": message["socket"], "pid": pid})
    os._exit(0)
