import os
import unittest

from support import HARNESS_DIR  # noqa: F401 (puts the package on sys.path)

from drill_harness.json_schema import Invalid, Schema, check_keywords, type_name

MESSAGE = {
    "oneOf": [{"$ref": "#/$defs/ping"}, {"$ref": "#/$defs/batch"}],
    "$defs": {
        "ping": {"type": "object", "properties": {"type": {"type": "string", "const": "ping"},
                                                  "n": {"type": "integer", "minimum": 0}},
                 "required": ["type", "n"], "additionalProperties": False},
        "batch": {"type": "object", "properties": {
            "type": {"type": "string", "const": "batch"},
            "items": {"type": "array", "items": {"type": "object", "properties": {"args": {"type": "array", "items": {}}},
                                                 "required": ["args"], "additionalProperties": False}},
            "tags": {"type": "object", "propertyNames": {"type": "string"}, "additionalProperties": {"type": "string"}},
            "note": {"type": ["string", "null"]},
            "part": {"type": "string", "enum": ["heap", "stack"]},
            "pair": {"type": "array", "prefixItems": [{"type": "number"}, {"type": "boolean"}], "items": False},
            "either": {"anyOf": [{"type": "integer", "maximum": 3}, {"type": "string", "maxLength": 2}]},
        }, "required": ["type", "items"], "additionalProperties": False},
    },
}


class ValidatorTest(unittest.TestCase):
    def setUp(self):
        self.schema = Schema(MESSAGE)

    def problem(self, value):
        try:
            self.schema.check(value, MESSAGE)
        except Invalid as error:
            return error.describe(value.get("type", "?") if isinstance(value, dict) else "?")
        return None

    def test_a_value_that_fits_passes(self):
        self.assertIsNone(self.problem({"type": "ping", "n": 3}))
        self.assertIsNone(self.problem({"type": "ping", "n": 3.0}))  # JSON has one number type
        big = {"type": "batch", "items": [{"args": [list(range(1000)), {"any": "thing"}]}] * 64,
               "tags": {"a": "b"}, "note": None, "part": "stack", "pair": [1.5, True], "either": "ab"}
        self.assertIsNone(self.problem(big))

    def test_the_field_at_fault_is_named(self):
        cases = [
            ({"type": "ping"}, "ping.n: missing"),
            ({"type": "ping", "n": "3"}, "ping.n: expected an integer, got a string"),
            ({"type": "ping", "n": 1.5}, "ping.n: expected an integer, got a number"),
            ({"type": "ping", "n": True}, "ping.n: expected an integer, got a boolean"),
            ({"type": "ping", "n": -2}, "ping.n: expected at least 0, got -2"),
            ({"type": "ping", "n": 1, "m": 2}, "ping.m: unexpected field"),
            ({"type": "pong", "n": 1}, 'pong.type: expected one of "ping", "batch", got "pong"'),
            ({"n": 1}, "?.type: missing"),
            ("ping", "?: expected an object, got a string"),
            ({"type": "batch", "items": [{"args": []}, {}]}, "batch.items[1].args: missing"),
            ({"type": "batch", "items": [{"args": 5}]}, "batch.items[0].args: expected an array, got an integer"),
            ({"type": "batch", "items": [], "tags": {"a": 1}}, "batch.tags.a: expected a string, got an integer"),
            ({"type": "batch", "items": [], "note": 3}, "batch.note: expected a string or null, got an integer"),
            ({"type": "batch", "items": [], "part": "disk"}, 'batch.part: expected one of "heap", "stack", got "disk"'),
            ({"type": "batch", "items": [], "pair": [1, 2]}, "batch.pair[1]: expected a boolean, got an integer"),
            ({"type": "batch", "items": [], "pair": [1, True, 3]}, "batch.pair[2]: not allowed"),
            ({"type": "batch", "items": [], "either": 7}, "batch.either: matches none of the forms allowed there"),
        ]
        for value, message in cases:
            self.assertEqual(self.problem(value), message, value)

    def test_type_names(self):
        self.assertEqual([type_name(v) for v in (None, True, 3, 3.0, 2.5, "s", [], {})],
                         ["null", "a boolean", "an integer", "an integer", "a number", "a string", "an array", "an object"])


class CommittedSchemaTest(unittest.TestCase):
    def test_the_protocol_file_uses_only_keywords_the_validator_knows(self):
        path = os.path.join(HARNESS_DIR, "drill_harness", "protocol.schema.json")
        document = Schema.load(path).document
        check_keywords({k: v for k, v in document.items() if k not in ("protocolVersion", "answers")})
        self.assertIsInstance(document["protocolVersion"], int)

    def test_an_unknown_keyword_is_refused(self):
        with self.assertRaises(ValueError) as raised:
            check_keywords({"type": "object", "properties": {"a": {"type": "string", "format": "email"}}})
        self.assertIn("#/properties/a: the keyword 'format'", str(raised.exception))


if __name__ == "__main__":
    unittest.main()
