"""An exception raised by the solution, as drill reports it: name, message, the solution's frames."""

import traceback

MEMORY_LIMIT = 1 << 30  # bytes a solution may allocate beyond what the harness itself maps


def user_frames(tb_exc, solution_file):
    """The frames in the solution file, written like drill's TypeScript stacks: at fn (file:line)."""
    frames = [f for f in tb_exc.stack if f.filename == solution_file]
    return "\n".join("    at {} ({}:{})".format(f.name, f.filename, f.lineno) for f in frames[-6:])


def thrown(error, solution_file):
    tb = traceback.TracebackException.from_exception(error)
    name = type(error).__name__
    message = str(error)
    if isinstance(error, SystemExit):
        name, message = "SystemExit", "the solution called sys.exit({}); return a value instead".format(
            "" if error.code is None else repr(error.code))
    elif isinstance(error, MemoryError):  # numpy raises a private subclass
        name, message = "MemoryError", "ran out of memory (the limit is {} MB beyond the harness)".format(MEMORY_LIMIT >> 20) + (
            ": " + message if message else "")
    elif isinstance(error, RecursionError):
        message = message + " (recursion too deep)"
    return {"name": name, "message": message, "stack": user_frames(tb, solution_file)}
