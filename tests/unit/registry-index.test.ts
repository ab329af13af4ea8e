// The build's index of problems/ stands in for validating every problem.json, and only while
// every indexed file is exactly as it was: any edit falls back to the full, validating load.
import { cpSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { indexRegistry, registryFromIndex } from "../../src/registry/index-file.js";
import { loadRegistry } from "../../src/registry/load.js";
import { fixtureRegistry, tempDir } from "../helpers/cli.js";

describe("the registry index", () => {
  let dir: ReturnType<typeof tempDir>;
  let problems: string;
  let indexFile: string;

  beforeEach(() => {
    dir = tempDir();
    problems = join(dir.path, "problems");
    cpSync(join(fixtureRegistry, "tiny-sum"), join(problems, "tiny-sum"), { recursive: true });
    indexFile = join(dir.path, "index.json");
    writeFileSync(indexFile, JSON.stringify(indexRegistry(loadRegistry(problems))));
  });
  afterEach(() => dir.remove());

  it("gives the same problems as the full load while nothing changed, with cases read on first use", () => {
    const full = JSON.parse(JSON.stringify(loadRegistry(problems)));
    expect(JSON.parse(JSON.stringify(registryFromIndex(problems, "eager", indexFile)))).toEqual(full);
    expect(JSON.parse(JSON.stringify(registryFromIndex(problems, "lazy", indexFile)))).toEqual(full);
  });

  it("is not used once a problem.json, a cases.json or a folder's files change", () => {
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(problems, "tiny-sum", "problem.json"), later, later);
    expect(registryFromIndex(problems, "lazy", indexFile)).toBeNull();

    writeFileSync(indexFile, JSON.stringify(indexRegistry(loadRegistry(problems))));
    writeFileSync(join(problems, "tiny-sum", "cases.json"), "{ broken");
    expect(registryFromIndex(problems, "lazy", indexFile)).toBeNull();
  });

  it("is not used for a problem it does not know, nor when it is missing or damaged", () => {
    cpSync(join(problems, "tiny-sum"), join(problems, "tiny-sum-two"), { recursive: true });
    expect(registryFromIndex(problems, "lazy", indexFile)).toBeNull();
    expect(registryFromIndex(problems, "lazy", join(dir.path, "missing.json"))).toBeNull();
    writeFileSync(indexFile, "{ not json");
    expect(registryFromIndex(problems, "lazy", indexFile)).toBeNull();
  });
});
