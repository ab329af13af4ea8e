// The checker a problem declares: exact, float tolerance, unordered, or its own checker.ts.
import { importTsModule } from "../runner/compile-ts.js";
import type { Problem } from "../registry/problem.js";
import { exactChecker } from "./exact.js";
import { floatChecker } from "./float.js";
import type { CheckInput, Checker } from "./types.js";
import { unorderedChecker } from "./unordered.js";

export type { Checker, CheckResult, Difference } from "./types.js";

/** A custom checker module exports `check(input) => string | null`: null when the answer is right, else what is wrong. */
interface CustomCheckerModule {
  check(input: CheckInput): string | null | undefined;
}

export async function createChecker(problem: Problem): Promise<Checker> {
  const spec = problem.meta.checker;
  switch (spec.kind) {
    case "exact":
      return exactChecker;
    case "float":
      return floatChecker({ abs: spec.abs, rel: spec.rel });
    case "unordered":
      return unorderedChecker(spec.depth);
    case "custom": {
      const mod = await importTsModule<CustomCheckerModule>(problem.files.checker!);
      if (typeof mod.check !== "function") throw new Error(`${problem.files.checker}: does not export a function named check`);
      return {
        check(input) {
          const problemText = mod.check(input);
          return problemText ? { ok: false, message: problemText } : { ok: true };
        },
      };
    }
  }
}
