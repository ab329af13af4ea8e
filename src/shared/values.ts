// What a plain value is, in words and in shape: shared by the kinds' validation, the checkers
// and the formatting of values.

/** "an array", "a string", "NaN": a value's type as a sentence reads it. */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return `a ${typeof value}`;
}

/** Shape of a rectangular nested number array, or an error message. */
export function tensorShape(value: unknown, path = ""): number[] | string {
  if (typeof value === "number") return [];
  if (!Array.isArray(value)) return `${path || "value"} is ${typeName(value)}, expected a number or an array of numbers`;
  if (value.length === 0) return [0];
  const first = tensorShape(value[0], `${path}[0]`);
  if (typeof first === "string") return first;
  for (let i = 1; i < value.length; i++) {
    const shape = tensorShape(value[i], `${path}[${i}]`);
    if (typeof shape === "string") return shape;
    if (shape.join(",") !== first.join(",")) {
      return `${path}[${i}] has shape (${shape.join(", ")}) but ${path}[0] has (${first.join(", ")}): rows must all be the same length`;
    }
  }
  return [value.length, ...first];
}
