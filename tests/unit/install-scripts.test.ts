// npm 11 asks a project to review its dependencies' install scripts (package.json allowScripts);
// every installed package that has one must be covered, so npm install ends without a warning.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.js";

function installedPackages(dir: string): string[] {
  const found: string[] = [];
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (name.startsWith(".")) continue;
    if (name.startsWith("@")) for (const inner of readdirSync(join(dir, name))) found.push(join(dir, name, inner));
    else found.push(join(dir, name));
  }
  return found;
}

describe("install scripts", () => {
  it("allowScripts covers every installed dependency that has an install script", () => {
    const allow = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).allowScripts ?? {};
    const covered = (name: string, version: string) => allow[name] !== undefined || allow[`${name}@${version}`] !== undefined;
    const missing: string[] = [];
    for (const dir of installedPackages(join(repoRoot, "node_modules"))) {
      let pkg: { name?: string; version?: string; scripts?: Record<string, string> };
      try {
        pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      } catch {
        continue;
      }
      const scripts = pkg.scripts ?? {};
      if ((scripts.preinstall || scripts.install || scripts.postinstall) && pkg.name && !covered(pkg.name, pkg.version ?? "")) missing.push(`${pkg.name}@${pkg.version}`);
    }
    expect(missing).toEqual([]);
    expect(allow.esbuild).toBe(true);
  });
});
