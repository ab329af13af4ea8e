import fcntl
import json
import os
import subprocess
import sys
import unittest

from support import ADD_SOURCE, HARNESS_DIR, INT, function_call, load_solution, new_state, take_replies, write_solution

from drill_harness.protocol import PROTOCOL_VERSION, handle, serve

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
        for kind in ("run", "run-batch", "probe-inputs", "sample", "space-sample"):
            reply = self.answer(state, json.dumps({"type": kind, "id": 1, "args": [], "n": 1}))
            self.assertEqual(reply, {"type": "protocol-error", "message": "a {} request before a solution was loaded".format(kind)})

    def test_malformed_requests_get_a_protocol_error(self):
        state, _ = load_solution(self, ADD_SOURCE, "add", ADD)
        reply = self.answer(state, json.dumps({"type": "run", "args": [1, 2]}))  # no id
        self.assertEqual(reply["type"], "protocol-error")
        self.assertIn("malformed run request: KeyError", reply["message"])
        reply = self.answer(state, json.dumps({"type": "run-batch", "cases": 5}))
        self.assertIn("malformed run-batch request: TypeError", reply["message"])
        self.assertEqual(self.answer(state, json.dumps({"type": "load"}))["type"], "protocol-error")

    def test_a_well_formed_request_after_errors_is_answered(self):
        state, _ = load_solution(self, ADD_SOURCE, "add", ADD)
        lines = ["garbage\n", "\n", json.dumps({"type": "run", "id": 4, "args": [20, 22]}) + "\n"]
        serve(state, iter(lines))
        replies = take_replies(state)
        self.assertEqual([r["type"] for r in replies], ["protocol-error", "returned"])
        self.assertEqual(replies[1]["value"], 42)


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
