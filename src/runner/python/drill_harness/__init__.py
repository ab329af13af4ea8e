"""drill's Python harness as a package: it runs one solution file for the drill CLI.

Nothing here starts on import (protocol only reads its schema file); `harness.py` beside this
folder calls main.start().

- protocol: requests in (each validated against protocol.schema.json), replies out, the handler
  table, protocol-error
- json_schema: the small JSON Schema validator protocol uses (the standard library only)
- state: what one harness process holds between requests (one object, passed around)
- output: the solution's stdout/stderr, captured and cut short per case
- values: arguments built from their kinds (trees, tensors), answers back to plain values
- prelude: what LeetCode's Python has in scope without imports
- calling: loading a solution and calling it (drill's, LeetCode's and design-class forms)
- failures: an exception as drill reports it
- timing: probe inputs, the mutation check, timed batches
- memory: heap and stack readings of one call
- main: the process start (memory cap, big-stack thread, fork server, torch)
- torch_support, torch_layers, fork_server: PyTorch solutions (layers built, filled and called in torch_layers)
"""
