import { describe, expect, it } from "vitest";
import { createRng, deriveSeed } from "../../src/random/rng.js";

describe("seeded rng", () => {
  it("repeats the same sequence for the same seed", () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return [rng.int(0, 1000), rng.float(), rng.normal(), rng.pick(["a", "b", "c"])];
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("keeps ints inside the inclusive range", () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(rng.int(-2, 2));
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2].sort());
  });

  it("derives distinct seeds per index", () => {
    expect(new Set(Array.from({ length: 100 }, (_, i) => deriveSeed(7, i))).size).toBe(100);
  });
});
