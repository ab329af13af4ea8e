import fcntl
import json
import os
import subprocess
import sys
import unittest

from support import ADD_SOURCE, HARNESS_DIR, INT, function_call, load_solution, new_state, take_replies, write_solution

from drill_harness.protocol import HANDLERS, PROTOCOL_VERSION, REQUEST, SCHEMA, handle, ready_message, serve

ADD = function_call([INT, INT], INT)


class HandleTest(unittest.TestCase):
    def answer(self, state, line):
        handle(state, line)
        (reply,) = take_replies(state)
        return reply

    def test_unknown_requests_get_a_protocol_error(self):
        state = new_state()
        reply = self.answer(state, json.dumps({"type": "compile"}))
        self.assertEqual(reply, {"type": "protocol-error", "message": "unknown request: 'compile'"})
        self.assertEqual(self.answer(state, "{}")["message"], "unknown request: None")
        self.assertEqual(self.answer(state, json.dumps({"type": 3}))["message"], "unknown request: 3")

    def test_lines_that_are_not_request_objects_get_a_protocol_error(self):
        state = new_state()
        for line in ("not json at all", "[1, 2]", '"run"', "{\"type\": \"run\""):
            reply = self.answer(state, line)
            self.assertEqual(reply["type"], "protocol-error", line)
            self.assertIn("unknown request", reply["message"])

    def test_requests_before_a_load_get_a_protocol_error(self):
        state = new_state()
        requests = [
            {"type": "run", "id": 1, "args": []},
            {"type": "run-batch", "cases": []},
            {"type": "probe-inputs", "n": 1, "inputs": [], "replace": True},
            {"type": "sample", "n": 1, "reps": 1, "copiedReps": 1, "gc": False},
            {"type": "space-sample", "n": 1, "part": "stack"},
        ]
        for request in requests:
            kind = request["type"]
            reply = self.answer(state, json.dumps(request))
            self.assertEqual(reply, {"type": "protocol-error", "message": "a {} request before a solution was loaded".format(kind)})

    def test_malformed_requests_get_a_protocol_error_naming_the_field(self):
        state, _ = load_solution(self, ADD_SOURCE, "add", ADD)
        cases = [
            ({"type": "run", "args": [1, 2]}, "run.id: missing"),
            ({"type": "run-batch", "cases": 5}, "run-batch.cases: expected an array, got an integer"),
            ({"type": "run-batch", "cases": [{"id": 1, "args": []}, {"id": "2", "args": []}]},
             "run-batch.cases[1].id: expected an integer, got a string"),
            ({"type": "probe-inputs", "n": "8", "inputs": [], "replace": True}, "probe-inputs.n: expected an integer, got a string"),
            ({"type": "probe-inputs", "n": 8, "inputs": [5], "replace": True}, "probe-inputs.inputs[0]: expected an array, got an integer"),
            ({"type": "sample", "n": -1, "reps": 1, "copiedReps": 1, "gc": False}, "sample.n: expected at least 0, got -1"),
            ({"type": "space-sample", "n": 8, "part": "disk"}, 'space-sample.part: expected one of "heap", "stack", got "disk"'),
            ({"type": "run", "id": 1, "args": [], "extra": 1}, "run.extra: unexpected field"),
            ({"type": "load"}, "load.modulePath: missing"),
            ({"type": "load", "modulePath": "x.py", "entry": "f", "call": dict(ADD, argKinds=[{"type": "number"}])},
             'load.call.argKinds[0].type: expected one of "int", "float", "string", "bool", "tree", "node", "tensor", '
             '"any", "list", "random-list", "cycle-pos", "skip", "intersect-val", "array", "record", got "number"'),
        ]
        for request, message in cases:
            self.assertEqual(self.answer(state, json.dumps(request)), {"type": "protocol-error", "message": message})
        self.assertEqual(self.answer(state, json.dumps({"type": "run", "id": 3, "args": [1, 2]}))["value"], 3)

    def test_the_schema_and_the_handler_table_name_the_same_requests(self):
        _, by_type = SCHEMA.discriminator(REQUEST["oneOf"])
        self.assertEqual(set(by_type), set(HANDLERS))
        self.assertEqual(set(SCHEMA.document["answers"]), set(HANDLERS))

    def test_replies_fit_the_schema_and_answer_their_request(self):
        state, loaded = load_solution(self, ADD_SOURCE, "add", ADD)
        requests = [
            {"type": "run", "id": 1, "args": [1, 2]},
            {"type": "run-batch", "cases": [{"id": 2, "args": [1, "x"]}, {"id": 3, "args": [2, 2]}]},
            {"type": "probe-inputs", "n": 2, "inputs": [[1, 2]], "replace": True},
            {"type": "sample", "n": 2, "reps": 3, "copiedReps": 1, "gc": False},
            {"type": "sample", "n": 5, "reps": 3, "copiedReps": 1, "gc": False},
            {"type": "space-sample", "n": 2, "part": "heap"},
        ]
        answered = [("load", loaded)]
        for request in requests:
            handle(state, json.dumps(request))
            answered += [(request["type"], reply) for reply in take_replies(state)]
        self.assertEqual(len(answered), 8)
        for kind, reply in answered:
            SCHEMA.check(reply, SCHEMA.resolve("#/$defs/reply"))
            self.assertIn(reply["type"], SCHEMA.document["answers"][kind])
        SCHEMA.check(ready_message("2.0", None), SCHEMA.resolve("#/$defs/ready"))

    def test_a_well_formed_request_after_errors_is_answered(self):
        state, _ = load_solution(self, ADD_SOURCE, "add", ADD)
        lines = ["garbage\n", "\n", json.dumps({"type": "run", "id": 4, "args": [20, 22]}) + "\n"]
        serve(state, iter(lines))
        replies = take_replies(state)
        self.assertEqual([r["type"] for r in replies], ["protocol-error", "returned"])
        self.assertEqual(replies[1]["value"], 42)


class ForkServerTest(unittest.TestCase):
    def test_fork_requests_are_validated_too(self):
        from drill_harness.fork_server import read_request
        self.assertEqual(read_request('{"type": "fork", "socket": "/tmp/s.sock"}\n'), ({"type": "fork", "socket": "/tmp/s.sock"}, None))
        self.assertEqual(read_request('{"type": "fork", "socket": 3}'), (None, "fork.socket: expected a string, got an integer"))
        self.assertEqual(read_request('{"type": "spawn"}'), (None, "unknown request: 'spawn'"))
        self.assertEqual(read_request("fork"), (None, "unknown request: 'fork' (not JSON)"))


class ProcessTest(unittest.TestCase):
    """harness.py as drill starts it: requests on fd 3, replies on fd 4."""

    def start(self):
        harness_reads, to_harness = os.pipe()
        from_harness, harness_writes = os.pipe()

        def channels():
            # Moved out of the way first (the pipes may be fds 3 and 4 themselves); the pipes'
            # own fds close on exec, dup2's copies stay open.
            reads, writes = (fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (harness_reads, harness_writes))
            os.dup2(reads, 3)
            os.dup2(writes, 4)

        script = os.path.join(HARNESS_DIR, "harness.py")
        child = subprocess.Popen([sys.executable, "-u", script], preexec_fn=channels, close_fds=False,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
        os.close(harness_reads)
        os.close(harness_writes)
        requests = os.fdopen(to_harness, "w", encoding="utf-8")
        replies = os.fdopen(from_harness, "r", encoding="utf-8")

        def stop():
            requests.close()
            child.wait(timeout=60)
            replies.close()
        self.addCleanup(stop)
        return requests, replies

    def test_ready_then_load_run_and_an_unknown_request(self):
        requests, replies = self.start()
        ready = json.loads(replies.readline())
        self.assertEqual((ready["type"], ready["protocol"]), ("ready", PROTOCOL_VERSION))
        path = write_solution(self, "def add(a, b):\n    print('side')\n    return a + b\n")

        def ask(message):
            requests.write(json.dumps(message) + "\n")
            requests.flush()
            return json.loads(replies.readline())

        self.assertEqual(ask({"type": "load", "modulePath": path, "entry": "add", "call": ADD})["type"], "loaded")
        returned = ask({"type": "run", "id": 1, "args": [1, 2]})
        self.assertEqual((returned["value"], returned["output"]), (3, "side\n"))
        self.assertEqual(ask({"type": "hello"}), {"type": "protocol-error", "message": "unknown request: 'hello'"})
        self.assertEqual(ask({"type": "run", "id": 2, "args": [5, 5]})["value"], 10)


if __name__ == "__main__":
    unittest.main()
