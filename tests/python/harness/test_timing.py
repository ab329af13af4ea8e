import unittest

from support import INT, INTS, TREE, function_call, load_solution, take_replies

from drill_harness.memory import FRAME_BYTES, space_sample
from drill_harness.timing import same, sample, store_inputs
from drill_harness.values import build_tree, np


def sampled(state, n, reps=5):
    sample(state, {"type": "sample", "n": n, "reps": reps, "copiedReps": reps, "gc": True})
    (reply,) = take_replies(state)
    return reply


class MutationTest(unittest.TestCase):
    def probe(self, source, kinds, inputs, n=4):
        state, reply = load_solution(self, source, "f", function_call(kinds, INT))
        self.assertEqual(reply["type"], "loaded", reply)
        store_inputs(state, {"type": "probe-inputs", "n": n, "inputs": inputs})
        self.assertEqual(take_replies(state), [{"type": "inputs-ok", "n": n}])
        return state

    def test_a_call_that_leaves_its_input_alone(self):
        state = self.probe("def f(a):\n    return sorted(a)[0]\n", [INTS], [[[3, 1, 2, 0]]])
        reply = sampled(state, 4)
        self.assertEqual((reply["type"], reply["mutates"]), ("sampled", False))
        self.assertGreater(reply["seconds"], 0)

    def test_a_call_that_sorts_its_input_gets_a_fresh_copy_each_time(self):
        # Raises when handed an input an earlier call already sorted.
        source = "def f(a):\n    if a == sorted(a):\n        raise ValueError('sorted already')\n    a.sort()\n    return 0\n"
        state = self.probe(source, [INTS], [[[3, 1, 2, 0]], [[9, 8, 7, 6]]])
        reply = sampled(state, 4, reps=6)
        self.assertEqual((reply["type"], reply["mutates"]), ("sampled", True), reply)

    def test_a_call_that_rewrites_a_tree_in_place(self):
        source = "def f(root):\n    root.left, root.right = root.right, root.left\n    return 0\n"
        state = self.probe(source, [TREE], [[[1, 2, 3]]], n=3)
        self.assertTrue(sampled(state, 3)["mutates"])

    def test_a_call_that_only_reads_a_deep_tree(self):
        values = [0]
        for i in range(1, 50000):
            values += [i, None]
        source = "def f(root):\n    d = 0\n    while root:\n        d, root = d + 1, root.left\n    return d\n"
        state = self.probe(source, [TREE], [[values]], n=50000)
        self.assertFalse(sampled(state, 50000, reps=2)["mutates"])

    def test_a_size_without_inputs_is_a_sample_error(self):
        state = self.probe("def f(a):\n    return 0\n", [INTS], [[[1]]])
        reply = sampled(state, 99)
        self.assertEqual((reply["type"], reply["error"]["message"]), ("sample-error", "no inputs for n = 99"))

    def test_a_call_that_throws_is_a_sample_error_with_its_frames(self):
        state = self.probe("def f(a):\n    return a[10]\n", [INTS], [[[1]]])
        reply = sampled(state, 4)
        self.assertEqual((reply["type"], reply["error"]["name"]), ("sample-error", "IndexError"))
        self.assertIn("at f (", reply["error"]["stack"])


class SameTest(unittest.TestCase):
    def test_nested_values(self):
        self.assertTrue(same([1, {"a": (2, 3)}], [1, {"a": [2, 3]}]))
        self.assertFalse(same([1, {"a": [2, 3]}], [1, {"a": [3, 2]}]))
        self.assertFalse(same({"a": 1}, {"b": 1}))
        self.assertFalse(same([1, 2], [1, 2, 3]))

    def test_trees_by_shape_and_value_at_any_depth(self):
        chain = [0] + [v for i in range(1, 100000) for v in (None, i)]
        self.assertTrue(same(build_tree(chain), build_tree(chain)))
        other = build_tree(chain)
        other.right.right.val = -1
        self.assertFalse(same(build_tree(chain), other))
        self.assertFalse(same(build_tree([1, 2]), build_tree([1, None, 2])))

    @unittest.skipIf(np is None, "numpy is not installed")
    def test_arrays(self):
        self.assertTrue(same([np.ones((2, 2))], [np.ones((2, 2))]))
        self.assertFalse(same(np.ones((2, 2)), np.ones(4)))
        self.assertFalse(same(np.zeros(3), [0, 0, 0]))


class MemoryTest(unittest.TestCase):
    def space(self, source, n, part):
        state, _ = load_solution(self, source, "f", function_call([INT], INT))
        store_inputs(state, {"type": "probe-inputs", "n": n, "inputs": [[n]]})
        take_replies(state)
        space_sample(state, {"type": "space-sample", "n": n, "part": part})
        (reply,) = take_replies(state)
        self.assertEqual(reply["type"], "space-sampled", reply)
        return reply["bytes"]

    def test_heap_counts_what_the_call_holds_at_its_peak_not_what_it_returns(self):
        held = self.space("def f(n):\n    xs = [object() for _ in range(n)]\n    return len(xs)\n", 20000, "heap")
        self.assertGreater(held, 20000 * 16)
        self.assertLess(self.space("def f(n):\n    return n + 1\n", 20000, "heap"), 20000)

    def test_stack_counts_the_recursion_depth(self):
        # (under the test runner's own recursion limit, 1,000 frames)
        deep = self.space("def f(n):\n    return 0 if n == 0 else f(n - 1)\n", 600, "stack")
        self.assertGreaterEqual(deep, 600 * FRAME_BYTES)
        self.assertLess(self.space("def f(n):\n    return n\n", 600, "stack"), 50 * FRAME_BYTES)


if __name__ == "__main__":
    unittest.main()
