import unittest

from support import INT, INTS, TREE, function_call, load_solution, printing_into, take_replies

from drill_harness.calling import run, run_batch

ADD = function_call([INT, INT], INT)


class LoadingTest(unittest.TestCase):
    def run_case(self, state, args, case_id=1):
        with printing_into(state):
            run(state, {"type": "run", "id": case_id, "args": args})
        (reply,) = take_replies(state)
        self.assertEqual(reply["id"], case_id)
        return reply

    def test_drills_own_form(self):
        state, reply = load_solution(self, "def add(a, b):\n    print('hi')\n    return a + b\n", "add", ADD)
        self.assertEqual(reply, {"type": "loaded", "output": "", "leetcode": False})
        answer = self.run_case(state, [2, 3])
        self.assertEqual((answer["type"], answer["value"], answer["output"]), ("returned", 5, "hi\n"))

    def test_leetcodes_name_at_the_top_level(self):
        state, reply = load_solution(self, "def addTwo(a, b):\n    return a + b\n", "add", ADD, "addTwo")
        self.assertEqual((reply["type"], reply["leetcode"]), ("loaded", False))
        self.assertEqual(self.run_case(state, [4, 5])["value"], 9)

    def test_leetcodes_class_solution_gets_a_fresh_instance_and_leetcodes_arguments(self):
        source = ("class Solution:\n"
                  "    calls = 0\n"
                  "    def __init__(self):\n"
                  "        self.mine = 0\n"
                  "    def addStrings(self, a: str, b: str) -> str:\n"
                  "        self.mine += 1\n"
                  "        assert isinstance(a, str) and self.mine == 1\n"
                  "        return int(a) + int(b)\n")
        call = function_call([INT, INT], INT, leetcodeArgs={"0": "digit-strings", "1": "digit-strings"})
        state, reply = load_solution(self, source, "add", call, "addStrings")
        self.assertEqual((reply["type"], reply["leetcode"]), ("loaded", True))
        self.assertEqual(self.run_case(state, [12, 30])["value"], 42)
        self.assertEqual(self.run_case(state, [1, 1], 2)["value"], 2)  # a fresh Solution() per call

    def test_the_prelude_gives_leetcodes_names_without_imports(self):
        source = ("class Solution:\n"
                  "    def top(self, nums: List[int]) -> int:\n"
                  "        return heappop(sorted(nums)) + len(Counter(nums)) + gcd(4, 6) + pow(2, 2)\n")
        state, reply = load_solution(self, source, "top", function_call([INTS], INT), "top")
        self.assertEqual(reply["type"], "loaded")
        self.assertEqual(self.run_case(state, [[3, 1, 3]])["value"], 1 + 2 + 2 + 4)

    def test_a_prelude_name_is_not_taken_for_the_entry(self):
        # re's search is in scope, but it is not the file's own function
        state, reply = load_solution(self, "x = 1\n", "search", ADD)
        self.assertEqual(reply["type"], "load-error")
        self.assertIn("does not define a function named search (it defines nothing)", reply["message"])

    def test_a_missing_entry_names_what_the_file_defines(self):
        _, reply = load_solution(self, "def helper():\n    pass\ndef other():\n    pass\n", "add", ADD, "addTwo")
        self.assertEqual(reply["message"], "the file does not define a function named add (it defines: helper, other); "
                         "drill looks for add, or LeetCode's class Solution with a method addTwo")

    def test_a_syntax_error_names_the_line(self):
        _, reply = load_solution(self, "def add(a, b):\n    return a +\n", "add", ADD)
        self.assertEqual((reply["type"], reply["line"], reply["lineText"]), ("syntax-error", 2, "    return a +"))

    def test_exit_and_missing_modules_at_import_are_load_errors(self):
        _, reply = load_solution(self, "import sys\nprint('before')\nsys.exit(3)\n", "add", ADD)
        self.assertEqual((reply["type"], reply["error"]["name"], reply["output"]), ("load-error", "SystemExit", "before\n"))
        self.assertIn("sys.exit(3)", reply["error"]["message"])
        _, reply = load_solution(self, "import no_such_module_here\n", "add", ADD)
        self.assertEqual(reply["error"]["message"], "cannot import module 'no_such_module_here'")


class CallingTest(unittest.TestCase):
    def test_a_throw_carries_the_solutions_frames(self):
        state, _ = load_solution(self, "def add(a, b):\n    return inner(a)\ndef inner(a):\n    return a / 0\n", "add", ADD)
        run(state, {"type": "run", "id": 7, "args": [1, 2]})
        (reply,) = take_replies(state)
        self.assertEqual((reply["type"], reply["error"]["name"]), ("threw", "ZeroDivisionError"))
        self.assertIn("at add (", reply["error"]["stack"])
        self.assertIn("at inner (", reply["error"]["stack"])
        self.assertNotIn("calling.py", reply["error"]["stack"])

    def test_a_set_is_unsendable(self):
        state, _ = load_solution(self, "def add(a, b):\n    return {a, b}\n", "add", ADD)
        run(state, {"type": "run", "id": 1, "args": [1, 2]})
        (reply,) = take_replies(state)
        self.assertEqual(reply["type"], "unsendable")
        self.assertIn("a set (return a list)", reply["message"])

    def test_in_place_answers_read_the_argument(self):
        call = function_call([INTS], {"type": "void"}, inPlaceArg=0)
        state, _ = load_solution(self, "def rev(a):\n    a.reverse()\n    return 'ignored'\n", "rev", call)
        run(state, {"type": "run", "id": 1, "args": [[1, 2, 3]]})
        self.assertEqual(take_replies(state)[0]["value"], [3, 2, 1])

    def test_tree_in_node_out(self):
        call = function_call([TREE, {"type": "node"}], {"type": "node"})
        state, _ = load_solution(self, "def up(root, p):\n    return root if p is not root else None\n", "up", call)
        run_batch(state, {"type": "run-batch", "cases": [{"id": 1, "args": [[4, 2, 6], 2]}, {"id": 2, "args": [[4], 4]}]})
        self.assertEqual([(r["id"], r["value"]) for r in take_replies(state)], [(1, 4), (2, None)])

    def test_design_classes_run_their_operations(self):
        source = ("class Counter:\n"
                  "    def __init__(self, start):\n"
                  "        self.t = start\n"
                  "    def add(self, x):\n"
                  "        self.t += x\n"
                  "    def value(self):\n"
                  "        return self.t\n")
        state, reply = load_solution(self, source, "Counter", {"style": "design", "argKinds": [], "returnKind": {"type": "any"}})
        self.assertEqual(reply["type"], "loaded")
        run(state, {"type": "run", "id": 1, "args": [["Counter", "add", "value", "nope"], [[5], [2], [], []]]})
        (reply,) = take_replies(state)
        self.assertEqual((reply["type"], reply["error"]["message"]), ("threw", "Counter has no method nope()"))
        run(state, {"type": "run", "id": 2, "args": [["Counter", "add", "value"], [[5], [2], []]]})
        self.assertEqual(take_replies(state)[0]["value"], [None, None, 7])


if __name__ == "__main__":
    unittest.main()
