// From a problem folder and its validated problem.json to a Problem: the checks zod cannot make
// (entry names, argument kinds, LeetCode's bounds), the files, and the cases, now or on first use.
// No zod here, so the start-up path that reads problem.json from the build's index stays light.
import { readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import { join, sep } from "node:path";
import { UserError } from "../errors.js";
import type { CallSpec } from "./call-spec.js";
import { checkKind, parseKind, type Kind } from "./kinds.js";
import { compileBounds, type LeetcodeBounds } from "./leetcode-bounds.js";
import { isSafeSlug, type Problem, type ProblemFiles, type RegistryIssue } from "./problem.js";
import type { FixedCase, ProblemMeta } from "./schema.js";
import { checkTorchSpec, torchCall } from "./torch-spec.js";

export class ProblemFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

export function readJson(path: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new ProblemFileError(file, "missing or unreadable");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProblemFileError(file, `not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * When a problem's cases.json is read: with the problem ("eager", so a broken one leaves the problem
 * out), or on first use ("lazy": only for problems the build's index vouches for, for commands
 * that only list or describe problems; 2 MB of cases is most of what `drill list` would read).
 */
export type CasesLoading = "eager" | "lazy";

/** cases.json's parsed JSON → its cases, or a ProblemFileError naming the field. */
export type CasesParser = (raw: unknown) => FixedCase[];

function validateCases(meta: ProblemMeta, argKinds: Kind[], returnKind: Kind, cases: FixedCase[]): void {
  const seen = new Set<string>();
  cases.forEach((c, i) => {
    const where = `cases[${i}] ("${c.name}")`;
    if (seen.has(c.name)) throw new ProblemFileError("cases.json", `${where}: duplicate case name`);
    seen.add(c.name);
    if (c.args.length !== argKinds.length) {
      throw new ProblemFileError("cases.json", `${where}.args: has ${c.args.length} arguments, the problem takes ${argKinds.length}`);
    }
    c.args.forEach((arg, j) => {
      const problem = checkKind(argKinds[j], arg, meta.args[j].name);
      if (problem) throw new ProblemFileError("cases.json", `${where}.args[${j}]: ${problem}`);
    });
    if (c.throws) {
      if (!meta.invalidInput) {
        throw new ProblemFileError("cases.json", `${where}: "throws" needs "invalidInput" in problem.json`);
      }
    } else {
      const problem = checkKind(returnKind, c.expected, "expected");
      if (problem) throw new ProblemFileError("cases.json", `${where}: ${problem}`);
    }
  });
}

function loadCases(problem: Omit<Problem, "cases">, parse: CasesParser): FixedCase[] {
  const cases = parse(readJson(join(problem.dir, "cases.json"), "cases.json"));
  validateCases(problem.meta, problem.argKinds, problem.returnKind, cases);
  return cases;
}

/** Reads cases.json on first use; a broken file is then the user's error, named by path. */
function withLazyCases(problem: Omit<Problem, "cases">, registryDir: string, parse: CasesParser): Problem {
  let cases: FixedCase[] | undefined;
  return Object.defineProperty(problem, "cases", {
    enumerable: true,
    get(): FixedCase[] {
      if (cases) return cases;
      try {
        cases = loadCases(problem, parse);
      } catch (error) {
        if (!(error instanceof ProblemFileError)) throw error;
        throw new UserError(`${join(registryDir, problem.slug, error.file)}: ${error.message}`, "fix the file, or run `git checkout problems/` in the drill folder to restore it");
      }
      return cases;
    },
  }) as Problem;
}

/** The files in a problem folder (the index keeps them, so it need not list the folder again). */
export function folderFiles(dir: string): string[] {
  return readdirSync(dir);
}

/** How the entry is called, from problem.json; a ProblemFileError for what zod cannot check. */
function callSpecOf(meta: ProblemMeta): CallSpec {
  if (!meta.signature.ts.startsWith(`${meta.entry.ts}(`)) {
    throw new ProblemFileError("problem.json", `signature.ts: should start with the entry name "${meta.entry.ts}("`);
  }
  if (!meta.signature.py.startsWith(`${meta.entry.py}(`)) {
    throw new ProblemFileError("problem.json", `signature.py: should start with the entry name "${meta.entry.py}("`);
  }
  if (meta.torch) {
    const problem = checkTorchSpec(meta.torch, meta.args.map((a) => a.name));
    if (problem) throw new ProblemFileError("problem.json", problem);
  }
  const argKinds = meta.args.map((a) => parseKind(a.kind));
  const returnKind = parseKind(meta.returns);
  if (meta.design && argKinds.length !== 2) {
    throw new ProblemFileError("problem.json", "args: a design problem takes two arguments: the operations and their argument lists");
  }
  if (meta.inPlaceArg !== undefined && meta.inPlaceArg >= argKinds.length) {
    throw new ProblemFileError("problem.json", `inPlaceArg: there is no argument ${meta.inPlaceArg}`);
  }
  const leetcodeArgs = meta.leetcode?.args
    ? Object.fromEntries(Object.entries(meta.leetcode.args).map(([name, conversion]) => [meta.args.findIndex((a) => a.name === name), conversion]))
    : undefined;
  if (leetcodeArgs && -1 in leetcodeArgs) throw new ProblemFileError("problem.json", "leetcode.args: names an argument the problem does not have");
  let leetcodeBounds: LeetcodeBounds | undefined;
  if (meta.leetcode?.constraints) {
    try {
      leetcodeBounds = compileBounds(meta.leetcode.constraints, meta.args.map((a, i) => ({ name: a.name, kind: argKinds[i] })));
    } catch (error) {
      throw new ProblemFileError("problem.json", (error as Error).message);
    }
  }
  return { argKinds, returnKind, style: meta.design ? "design" : "function", inPlaceArg: meta.inPlaceArg, leetcodeArgs, leetcodeBounds, torch: torchCall(meta) };
}

function filesOf(dir: string, meta: ProblemMeta, files: readonly string[]): ProblemFiles {
  const present = new Set(files);
  // dir is already normalised and a name is one plain file name: joined without path.join, which costs start-up ~1 ms over every problem.
  const optionalFile = (name: string) => (present.has(name) ? `${dir}${sep}${name}` : undefined);
  const requireFile = (name: string) => {
    if (!present.has(name)) throw new ProblemFileError(name, "missing");
    return `${dir}${sep}${name}`;
  };
  return {
    statement: requireFile("statement.md"),
    generator: requireFile("generator.ts"),
    reference: { ts: requireFile("reference.ts"), py: optionalFile("reference.py"), torch: meta.torch ? requireFile("reference.torch.py") : undefined },
    stub: { ts: optionalFile("stub.ts"), py: optionalFile("stub.py"), torch: meta.torch ? optionalFile("stub.torch.py") : undefined },
    checker: meta.checker.kind === "custom" ? requireFile("checker.ts") : undefined,
  };
}

/**
 * A problem whose problem.json the build already checked (the registry index): its call spec is
 * worked out on first use, as `drill list` and `drill show` never call anything.
 */
function withLazyCall(problem: Omit<Problem, "cases" | "argKinds" | "returnKind" | "call">): Omit<Problem, "cases"> {
  let call: CallSpec | undefined;
  const callOnce = () => (call ??= callSpecOf(problem.meta));
  return Object.defineProperties(problem, {
    call: { enumerable: true, get: callOnce },
    argKinds: { enumerable: true, get: () => callOnce().argKinds },
    returnKind: { enumerable: true, get: () => callOnce().returnKind },
  }) as Omit<Problem, "cases">;
}

export function buildProblem(
  registryDir: string,
  slug: string,
  meta: ProblemMeta,
  casesLoading: CasesLoading,
  parseCases: CasesParser,
  files: readonly string[] = folderFiles(join(registryDir, slug)),
  options: { checkedByBuild?: boolean } = {},
): Problem {
  const dir = join(registryDir, slug);
  const paths = filesOf(dir, meta, files);
  let problem: Omit<Problem, "cases">;
  if (options.checkedByBuild) problem = withLazyCall({ slug, dir, meta, files: paths });
  else {
    const call = callSpecOf(meta);
    problem = { slug, dir, meta, argKinds: call.argKinds, returnKind: call.returnKind, call, files: paths };
  }
  return casesLoading === "eager" ? { ...problem, cases: loadCases(problem, parseCases) } : withLazyCases(problem, registryDir, parseCases);
}

/** The problem folders of a registry, in slug order, and the entries that cannot be problems. */
export function problemFolders(registryDir: string): { slugs: string[]; issues: RegistryIssue[] } | null {
  let entries: Dirent[];
  try {
    entries = readdirSync(registryDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return null;
  }
  const slugs: string[] = [];
  const issues: RegistryIssue[] = [];
  for (const entry of entries) {
    const name = entry.name;
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && statSync(join(registryDir, name)).isDirectory());
    if (name.startsWith(".") || !isDirectory) continue;
    if (isSafeSlug(name)) slugs.push(name);
    else issues.push({ slug: name, file: name, message: "folder name is not a valid slug (lower-case words joined by -)" });
  }
  return { slugs, issues };
}
