// Files drill does not read are pointed out: near misses of a solution's name, and code named after no problem.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { scanWorkspace } from "../../src/workspace/misnamed.js";
import { tempDir } from "../helpers/cli.js";

describe("scanWorkspace", () => {
  let dir: ReturnType<typeof tempDir>;
  const touch = (...files: string[]) => {
    for (const f of files) {
      mkdirSync(join(dir.path, f, ".."), { recursive: true });
      writeFileSync(join(dir.path, f), "");
    }
  };
  const slugs = ["mha", "mlp", "sliding-window-max", "lcs"];
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it("finds a solution under the wrong case, folder, extension or separator", () => {
    touch("MHA.ts", "sub/mha.ts", "mha.tsx", "mlp.js", "sliding_window_max.py");
    const scan = scanWorkspace(dir.path, slugs);
    const byExpected = Object.fromEntries(scan.misnamed.map((m) => [m.expected, [...m.found].sort()]));
    expect(byExpected).toEqual({ "mha.ts": ["MHA.ts", "mha.tsx", "sub/mha.ts"], "mlp.ts": ["mlp.js"], "sliding-window-max.py": ["sliding_window_max.py"] });
    expect(scan.ignored).toEqual([]);
  });

  it("lists code named after no problem as ignored, and leaves notes, state and mock attempts alone", () => {
    touch("notes.ts", "util/helpers.py", "README.md", ".drill/cache/x.ts", "mock/20260101-000000/mha.ts", "lcs.ts");
    const scan = scanWorkspace(dir.path, slugs);
    expect(scan.misnamed).toEqual([]);
    expect(scan.ignored.sort()).toEqual(["notes.ts", "util/helpers.py"]);
  });

  it("says nothing about a copy beside the real file", () => {
    touch("mha.ts", "old/mha.ts");
    expect(scanWorkspace(dir.path, slugs).misnamed).toEqual([]);
  });
});
