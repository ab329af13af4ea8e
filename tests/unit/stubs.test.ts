import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { backupDir } from "../../src/workspace/paths.js";
import { renderStub, writeStub } from "../../src/workspace/stubs.js";
import { tempDir } from "../helpers/cli.js";
import { fixtureProblem } from "../helpers/run-solution.js";

describe("stubs", () => {
  const problem = fixtureProblem("tiny-sum");
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it("renders the template with the problem's signature and commands", () => {
    const stub = renderStub(problem, "ts");
    expect(stub).toContain("export function sumArray(nums: number[]): number {");
    expect(stub).toContain("drill test tiny-sum");
    expect(stub).not.toMatch(/\{\{/);
  });

  it("creates the workspace folder and the file", () => {
    const ws = join(dir.path, "deep", "solutions");
    const { path } = writeStub(problem, "ts", ws, { cwd: dir.path });
    expect(path).toBe(join(ws, "tiny-sum.ts"));
    expect(readFileSync(path, "utf8")).toContain("sumArray");
  });

  it("never overwrites an existing solution without --force", () => {
    const path = join(dir.path, "tiny-sum.ts");
    writeFileSync(path, "my precious work");
    expect(() => writeStub(problem, "ts", dir.path, { cwd: dir.path })).toThrow(UserError);
    expect(() => writeStub(problem, "ts", dir.path, { cwd: dir.path })).toThrow(/already exists; drill never overwrites/);
    expect(readFileSync(path, "utf8")).toBe("my precious work");
  });

  it("with --force keeps a backup of every replaced version first", () => {
    const path = join(dir.path, "tiny-sum.ts");
    writeFileSync(path, "version 1");
    const first = writeStub(problem, "ts", dir.path, { cwd: dir.path, force: true });
    writeFileSync(path, "version 2");
    const second = writeStub(problem, "ts", dir.path, { cwd: dir.path, force: true });
    expect(readFileSync(first.backup!, "utf8")).toBe("version 1");
    expect(readFileSync(second.backup!, "utf8")).toBe("version 2");
    expect(readdirSync(backupDir(dir.path))).toHaveLength(2);
    expect(readFileSync(path, "utf8")).toContain("not implemented yet");
    expect(existsSync(path)).toBe(true);
  });
});
