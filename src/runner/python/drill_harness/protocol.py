"""The harness's end of drill's message protocol: one JSON request per line in, one JSON reply
per line out. Every message is defined once, in drill's zod schemas (src/runner/protocol/), and
arrives here as the JSON Schema generated from them (protocol.schema.json beside this file, with
the protocol's version). Each request is validated against it before its handler runs; a request
drill's side would never send (an unknown type, a line that is not JSON, a field missing or of
the wrong type, a run before a load) gets a protocol-error reply naming what is wrong, instead of
a silence that would hang drill until its time-out."""

import json
import os

from .calling import load, run, run_batch
from .json_schema import Invalid, Schema
from .memory import space_sample
from .timing import sample, store_inputs

SCHEMA = Schema.load(os.path.join(os.path.dirname(os.path.abspath(__file__)), "protocol.schema.json"))
PROTOCOL_VERSION = SCHEMA.document["protocolVersion"]  # drill's side: PROTOCOL_VERSION in src/runner/protocol/schema.ts
REQUEST = SCHEMA.resolve("#/$defs/request")

def recycle(state, _message):
    """A harness runs one solution: drill forks a fresh one for the next, which costs little."""
    state.send({"type": "recyclable", "ok": False, "reason": "a Python harness runs one solution"})


# One handler per request of the schema (a test checks that the two name the same requests).
HANDLERS = {
    "load": load,
    "run": run,
    "run-batch": run_batch,
    "probe-inputs": store_inputs,
    "sample": sample,
    "space-sample": space_sample,
    "recycle": recycle,
}

NEEDS_LOADED = {"run", "run-batch", "probe-inputs", "sample", "space-sample"}


def ready_message(numpy_version, torch_version):
    """The first line: drill checks the protocol version before it sends anything."""
    return {"type": "ready", "protocol": PROTOCOL_VERSION, "numpy": numpy_version, "torch": torch_version}


def protocol_error(state, message):
    state.send({"type": "protocol-error", "message": message})


def handle(state, line):
    """Answers one request line."""
    try:
        message = json.loads(line)
    except ValueError:
        return protocol_error(state, "unknown request: {!r} (not JSON)".format(line.strip()[:80]))
    kind = message.get("type") if isinstance(message, dict) else None
    handler = HANDLERS.get(kind) if isinstance(kind, str) else None
    if handler is None:
        what = kind if isinstance(message, dict) else line.strip()[:80]
        return protocol_error(state, "unknown request: {!r}".format(what))
    try:
        SCHEMA.check(message, REQUEST)
    except Invalid as error:
        return protocol_error(state, error.describe(kind))
    if kind in NEEDS_LOADED and state.entry is None:
        return protocol_error(state, "a {} request before a solution was loaded".format(kind))
    try:
        handler(state, message)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
        # The solution's own exceptions are caught inside the handlers, and the request fits the
        # schema: one that reaches here is the harness's own failure, reported rather than left
        # to hang drill.
        protocol_error(state, "the harness failed on a {} request: {}: {}".format(kind, type(error).__name__, error))


def serve(state, requests):
    """Answers requests until drill closes the channel."""
    for line in requests:
        if line.strip():
            handle(state, line)
