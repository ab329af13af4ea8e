import unittest

from support import TREE, new_state

from drill_harness.values import (TreeNode, Unsendable, build, build_arguments, build_tree, digit_strings,
                                  find_node, plain, to_answer, tree_to_level_order)
from drill_harness.values import np


class TreesTest(unittest.TestCase):
    def test_level_order_round_trip_keeps_the_gaps(self):
        values = [3, 9, 20, None, None, 15, 7]
        root = build_tree(values)
        self.assertEqual((root.val, root.left.val, root.right.left.val), (3, 9, 15))
        self.assertIsNone(root.left.left)
        self.assertEqual(tree_to_level_order(root), values)

    def test_empty_tree_and_null_root(self):
        self.assertIsNone(build_tree([]))
        self.assertIsNone(build_tree([None]))
        self.assertEqual(tree_to_level_order(None), [])

    def test_a_deep_tree_builds_and_reads_back_without_recursion(self):
        depth = 200000  # far past Python's default recursion limit
        values = [0]
        for i in range(1, depth):
            values += [None, i]  # each node's only child on the right
        root = build_tree(values)
        node, seen = root, 0
        while node is not None:
            seen, node = seen + 1, node.right
        self.assertEqual(seen, depth)
        self.assertEqual(tree_to_level_order(root), values)

    def test_a_cycle_is_reported_not_followed(self):
        root = build_tree([1, 2, 3])
        root.left.left = root
        with self.assertRaises(Unsendable) as caught:
            tree_to_level_order(root)
        self.assertIn("a node reached twice (value 1", str(caught.exception))

    def test_two_pointers_to_one_node_are_reported(self):
        root = build_tree([1, 2])
        root.right = root.left
        with self.assertRaisesRegex(Unsendable, "value 2"):
            to_answer(TREE, root)

    def test_find_node_finds_by_value_in_level_order(self):
        root = build_tree([5, 3, 8, 1, 4])
        self.assertIs(find_node(root, 4), root.left.right)
        self.assertIsNone(find_node(root, 99))
        self.assertIsNone(find_node(root, None))
        self.assertIsNone(find_node(None, 5))

    def test_the_solutions_own_tree_class_is_used(self):
        class Mine:
            def __init__(self, val):
                self.val, self.left, self.right = val, None, None

        state = new_state()
        state.module = type("Module", (), {"TreeNode": Mine})
        self.assertIsInstance(build(state, TREE, [1, 2]).left, Mine)
        state.module = None
        self.assertIsInstance(build(state, TREE, [1, 2]).left, TreeNode)


class ArgumentsTest(unittest.TestCase):
    def test_node_arguments_are_nodes_of_the_tree_argument(self):
        state = new_state()
        state.call = {"style": "function"}
        kinds = [TREE, {"type": "node"}, {"type": "node"}]
        root, p, q = build_arguments(state, kinds, [[6, 2, 8, 0, 4], 2, 4])
        self.assertIs(p, root.left)
        self.assertIs(q, root.left.right)

    def test_digit_string_conversion_applies_to_the_named_argument_only(self):
        state = new_state()
        state.call = {"style": "function", "convert": {"1": "digit-strings"}}
        args = build_arguments(state, [{"type": "any"}, {"type": "any"}], [[1, 2], [[3, 4], 5]])
        self.assertEqual(args, [[1, 2], [["3", "4"], "5"]])
        self.assertEqual(digit_strings([1.5, "x", [2]]), ["1.5", "x", ["2"]])

    def test_floats_records_and_arrays_of_trees(self):
        state = new_state()
        self.assertIsInstance(build(state, {"type": "float"}, 3), float)
        trees = build(state, {"type": "array", "of": TREE}, [[1], [2, 3]])
        self.assertEqual([t.val for t in trees], [1, 2])
        record = build(state, {"type": "record", "fields": {"t": TREE}}, {"t": [7], "k": 1})
        self.assertEqual((record["t"].val, record["k"]), (7, 1))

    @unittest.skipIf(np is None, "numpy is not installed")
    def test_tensors_are_float64_arrays(self):
        array = build(new_state(), {"type": "tensor"}, [[1, 2], [3, 4]])
        self.assertEqual((array.dtype, array.shape), (np.float64, (2, 2)))


class AnswersTest(unittest.TestCase):
    def test_plain_values(self):
        self.assertEqual(plain((1, [2, (3,)], {4: "x"})), [1, [2, [3]], {"4": "x"}])
        self.assertEqual(plain(float("nan")), {"$float": "nan"})
        self.assertEqual(plain([float("-inf")]), [{"$float": "-inf"}])
        self.assertIs(plain(True), True)

    def test_values_drill_cannot_compare(self):
        with self.assertRaisesRegex(Unsendable, "a set"):
            plain({1, 2})
        with self.assertRaisesRegex(Unsendable, "a tree node"):
            plain([TreeNode(1)])
        with self.assertRaisesRegex(Unsendable, "type object"):
            plain(object())

    def test_node_and_tree_answers(self):
        self.assertEqual(to_answer({"type": "node"}, TreeNode(7)), 7)
        self.assertIsNone(to_answer({"type": "node"}, None))
        self.assertEqual(to_answer(TREE, build_tree([1, None, 2])), [1, None, 2])
        self.assertEqual(to_answer(TREE, [1, 2]), [1, 2])  # a list answer for a tree kind stays a list

    @unittest.skipIf(np is None, "numpy is not installed")
    def test_numpy_values_become_lists_and_numbers(self):
        self.assertEqual(plain(np.arange(4).reshape(2, 2)), [[0, 1], [2, 3]])
        self.assertEqual(plain(np.float64(0.5)), 0.5)
        self.assertEqual(plain(np.array([np.inf])), [{"$float": "inf"}])


if __name__ == "__main__":
    unittest.main()
