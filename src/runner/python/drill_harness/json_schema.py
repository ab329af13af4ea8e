"""A small JSON Schema validator: just the part of the standard that protocol.schema.json uses
(the file is generated from drill's zod schemas, src/runner/protocol/), so the harness needs
nothing beyond Python's standard library. `check_keywords` fails on any keyword outside that
part, and the harness's tests run it on the committed file, so a schema that needs more cannot
go unnoticed.

An error is an Invalid: the path of the field at fault and what is wrong with it, worded as
drill's TypeScript side words its own ("n: expected an integer, got a string").
"""

import json
import math
import re

# Keywords this validator enforces, and those it reads past (annotations, containers).
KEYWORDS = {"$ref", "type", "const", "enum", "properties", "required", "additionalProperties", "propertyNames",
            "items", "prefixItems", "minItems", "maxItems", "anyOf", "oneOf", "minimum", "maximum",
            "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern"}
ANNOTATIONS = {"$schema", "$comment", "$defs", "$id", "title", "description", "default", "examples", "readOnly"}

TYPE_NAMES = {"object": "an object", "array": "an array", "string": "a string", "boolean": "a boolean",
              "null": "null", "integer": "an integer", "number": "a number"}


class Invalid(Exception):
    """A value that does not fit its schema: path (keys and indices) and the problem."""

    def __init__(self, path, problem):
        super().__init__(problem)
        self.path = path
        self.problem = problem

    def describe(self, prefix=""):
        """`prefix.field[2].other: problem`."""
        return prefix + field_path(self.path) + ": " + self.problem


def field_path(path):
    return "".join("[{}]".format(key) if isinstance(key, int) else "." + key for key in path)


def type_name(value):
    """The value's JSON type as drill's messages name it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int) or isinstance(value, float) and value.is_integer():
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object" if isinstance(value, dict) else type(value).__name__


def has_type(value, name):
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if isinstance(value, float) and not math.isfinite(value):
        return False
    return name == "number" or isinstance(value, int) or value.is_integer()


def show(value):
    return json.dumps(value)


BOUNDS = (("minimum", lambda v, b: v >= b, "at least"), ("maximum", lambda v, b: v <= b, "at most"),
          ("exclusiveMinimum", lambda v, b: v > b, "more than"), ("exclusiveMaximum", lambda v, b: v < b, "less than"))


class Schema:
    """One schema document; check() validates a value against one of its (sub)schemas."""

    def __init__(self, document):
        self.document = document
        self.discriminators = {}  # id(a oneOf/anyOf list) -> (the list, (property, {value: branch}) or None)

    @classmethod
    def load(cls, path):
        with open(path, encoding="utf-8") as f:
            return cls(json.load(f))

    def resolve(self, ref):
        """A schema by its reference: "#" or a JSON pointer into this document ("#/$defs/load")."""
        if not ref.startswith("#"):
            raise ValueError("only references inside the document are supported: " + ref)
        node = self.document
        for part in ref[1:].split("/")[1:]:
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def check(self, value, schema, path=()):
        """Raises Invalid for the first place where value does not fit schema."""
        if schema is True or schema == {}:
            return
        if schema is False:
            raise Invalid(path, "not allowed")
        if "$ref" in schema:
            self.check(value, self.resolve(schema["$ref"]), path)
        expected = schema.get("type")
        if expected is not None:
            names = expected if isinstance(expected, list) else [expected]
            if not any(has_type(value, name) for name in names):
                raise Invalid(path, "expected {}, got {}".format(" or ".join(TYPE_NAMES[n] for n in names), type_name(value)))
        if "const" in schema and value != schema["const"]:
            raise Invalid(path, "expected {}, got {}".format(show(schema["const"]), show(value)))
        if "enum" in schema and value not in schema["enum"]:
            raise Invalid(path, "expected one of {}, got {}".format(", ".join(show(v) for v in schema["enum"]), show(value)))
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                self.check_union(value, schema[keyword], path)
        if isinstance(value, dict):
            self.check_object(value, schema, path)
        elif isinstance(value, list):
            self.check_array(value, schema, path)
        elif isinstance(value, str):
            self.check_string(value, schema, path)
        elif not isinstance(value, bool) and isinstance(value, (int, float)):
            self.check_number(value, schema, path)

    def check_object(self, value, schema, path):
        properties = schema.get("properties", {})
        required = schema.get("required", ())
        for key, sub in properties.items():
            if key in value:
                self.check(value[key], sub, path + (key,))
            elif key in required:
                raise Invalid(path + (key,), "missing")
        for key in required:
            if key not in value and key not in properties:
                raise Invalid(path + (key,), "missing")
        names = schema.get("propertyNames")
        extra = schema.get("additionalProperties", True)
        if names is None and (extra is True or extra == {}):
            return
        for key in value:
            if names is not None:
                self.check(key, names, path + (key,))
            if key not in properties:
                if extra is False:
                    raise Invalid(path + (key,), "unexpected field")
                self.check(value[key], extra, path + (key,))

    def check_array(self, value, schema, path):
        if "minItems" in schema and len(value) < schema["minItems"]:
            raise Invalid(path, "expected at least {} items, got {}".format(schema["minItems"], len(value)))
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise Invalid(path, "expected at most {} items, got {}".format(schema["maxItems"], len(value)))
        prefix = schema.get("prefixItems", ())
        for i, sub in enumerate(prefix[:len(value)]):
            self.check(value[i], sub, path + (i,))
        items = schema.get("items", True)
        if items is True or items == {}:  # user data: not looked into, however large
            return
        for i in range(len(prefix), len(value)):
            self.check(value[i], items, path + (i,))

    def check_string(self, value, schema, path):
        if "minLength" in schema and len(value) < schema["minLength"]:
            raise Invalid(path, "expected at least {} characters, got {}".format(schema["minLength"], len(value)))
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise Invalid(path, "expected at most {} characters, got {}".format(schema["maxLength"], len(value)))
        if "pattern" in schema and not re.search(schema["pattern"], value):
            raise Invalid(path, "expected a string matching /{}/, got {}".format(schema["pattern"], show(value)))

    def check_number(self, value, schema, path):
        for keyword, fits, words in BOUNDS:
            if keyword in schema and not fits(value, schema[keyword]):
                raise Invalid(path, "expected {} {}, got {}".format(words, show(schema[keyword]), show(value)))

    def check_union(self, value, branches, path):
        """oneOf and anyOf. Branches told apart by one property (a message's "type") are chosen
        by it, so an error names the field inside the branch meant; otherwise the first branch
        that fits wins (in drill's schema, no value fits two branches of a oneOf)."""
        found = self.discriminator(branches)
        if found is not None:
            if not isinstance(value, dict):
                raise Invalid(path, "expected an object, got " + type_name(value))
            key, by_value = found
            if key not in value:
                raise Invalid(path + (key,), "missing")
            branch = by_value.get(value[key]) if isinstance(value[key], (str, int, float, bool)) else None
            if branch is None:
                raise Invalid(path + (key,), "expected one of {}, got {}".format(", ".join(show(v) for v in by_value), show(value[key])))
            return self.check(value, branch, path)
        for branch in branches:
            try:
                return self.check(value, branch, path)
            except Invalid:
                continue
        raise Invalid(path, "matches none of the forms allowed there")

    def discriminator(self, branches):
        """(property, {value: branch}) when every branch is an object that fixes one property, else None."""
        known = self.discriminators.get(id(branches))
        if known is None or known[0] is not branches:
            known = self.discriminators[id(branches)] = (branches, self.find_discriminator(branches))
        return known[1]

    def find_discriminator(self, branches):
        resolved = [self.resolve(b["$ref"]) if isinstance(b, dict) and "$ref" in b else b for b in branches]
        if not all(isinstance(b, dict) and isinstance(b.get("properties"), dict) for b in resolved):
            return None
        for key in resolved[0]["properties"]:
            by_value = {}
            for branch, original in zip(resolved, branches):
                prop = branch["properties"].get(key)
                if not isinstance(prop, dict) or key not in branch.get("required", ()):
                    break
                values = [prop["const"]] if "const" in prop else prop.get("enum")
                if not values:
                    break
                for v in values:
                    by_value[v] = original
            else:
                return key, by_value
        return None


def check_keywords(schema, where="#"):
    """Raises ValueError naming any keyword this validator does not know, anywhere in schema."""
    if isinstance(schema, bool):
        return
    for key, sub in schema.items():
        if key not in KEYWORDS and key not in ANNOTATIONS:
            raise ValueError("{}: the keyword {!r} is not supported by drill_harness.json_schema".format(where, key))
        if key in ("properties", "$defs"):
            for name, child in sub.items():
                check_keywords(child, "{}/{}/{}".format(where, key, name))
        elif key in ("anyOf", "oneOf", "prefixItems"):
            for i, child in enumerate(sub):
                check_keywords(child, "{}/{}/{}".format(where, key, i))
        elif key in ("items", "additionalProperties", "propertyNames"):
            check_keywords(sub, "{}/{}".format(where, key))
