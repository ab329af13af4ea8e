// Which folder is the workspace: --workspace, DRILL_WORKSPACE, the nearest one found walking up, else ./solutions.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findWorkspace } from "../../src/workspace/paths.js";
import { tempDir } from "../helpers/cli.js";

describe("finding the workspace", () => {
  let dir: ReturnType<typeof tempDir>;
  const env = { DRILL_WORKSPACE: "" };
  const file = (path: string, text = "") => {
    mkdirSync(join(dir.path, path, ".."), { recursive: true });
    writeFileSync(join(dir.path, path), text);
  };
  const at = (cwd: string, extra: Record<string, string> = {}) => findWorkspace({ cwd: join(dir.path, cwd), env: { ...env, ...extra } });
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it("uses ./solutions from the project folder, found or not", () => {
    expect(at(".")).toEqual({ path: join(dir.path, "solutions"), how: "default" });
    file("solutions/lcs.ts");
    expect(at(".")).toEqual({ path: join(dir.path, "solutions"), how: "found" });
  });

  it("inside solutions/ (or a folder below it) uses that workspace instead of making solutions/solutions", () => {
    file("solutions/lcs.ts");
    file("solutions/notes/todo.md");
    expect(at("solutions")).toEqual({ path: join(dir.path, "solutions"), how: "found" });
    expect(at("solutions/notes")).toEqual({ path: join(dir.path, "solutions"), how: "found" });
  });

  it("recognises a workspace by its .drill folder alone, and never takes .drill itself for one", () => {
    mkdirSync(join(dir.path, "practice", ".drill", "cache"), { recursive: true });
    expect(at("practice").path).toBe(join(dir.path, "practice"));
    expect(at("practice/.drill/cache").path).toBe(join(dir.path, "practice"));
  });

  it("ignores files that are not named after a problem", () => {
    file("scratch/notes.ts");
    expect(at("scratch")).toEqual({ path: join(dir.path, "scratch", "solutions"), how: "default" });
  });

  it("lets --workspace and DRILL_WORKSPACE win over what it finds", () => {
    file("solutions/lcs.ts");
    expect(findWorkspace({ cwd: join(dir.path, "solutions"), workspace: "../mine", env })).toMatchObject({ path: join(dir.path, "mine"), how: "flag" });
    expect(at("solutions", { DRILL_WORKSPACE: join(dir.path, "other") })).toMatchObject({ path: join(dir.path, "other"), how: "env" });
  });

  it("warns about a workspace nested inside the one it uses", () => {
    file("solutions/lcs.ts");
    file("solutions/solutions/mha.ts");
    const found = at("solutions");
    expect(found.path).toBe(join(dir.path, "solutions"));
    expect(found.warning).toBe("another workspace is nested inside this one: solutions/ (mha.ts); drill uses ./. Move those files up a folder, or pass --workspace solutions");
  });

  it("warns when the chosen workspace sits inside another, except a mock's own folder", () => {
    file("solutions/lcs.ts");
    expect(at("solutions", { DRILL_WORKSPACE: "inner" }).warning).toMatch(/^inner\/ is inside another workspace, \.\/; drill uses the inner one/);
    file("solutions/mock/20260101-101010/lcs.ts");
    expect(at("solutions/mock/20260101-101010").warning).toBeUndefined();
  });
});
