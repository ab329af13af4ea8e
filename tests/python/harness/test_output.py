import unittest

import support  # noqa: F401  (puts the package on sys.path)

from drill_harness.output import CappedWriter


class CappedWriterTest(unittest.TestCase):
    def test_keeps_the_start_and_counts_the_rest(self):
        out = CappedWriter(limit=10)
        print("0123456", file=out)  # 8 characters with the newline
        print("abcdef", file=out)  # 2 kept, 5 dropped
        self.assertEqual(out.take(), "0123456\nab\n… (5 more characters not shown)")

    def test_each_take_starts_afresh(self):
        out = CappedWriter(limit=4)
        out.write("x" * 2000)
        self.assertIn("1,996 more characters", out.take())
        out.write("ok")
        self.assertEqual(out.take(), "ok")
        self.assertEqual(out.take(), "")


if __name__ == "__main__":
    unittest.main()
