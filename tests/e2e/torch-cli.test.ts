// The PyTorch language through the built binary: doctor reports torch, --lang torch without torch
// or on a problem without a PyTorch form is a usage error with the way out, and with torch the
// loop works (new → test → solution, list by language).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { repoRoot, runDrill, tempDir } from "../helpers/cli.js";
import { torchEnv } from "../helpers/torch-python.js";

let dir: { path: string; remove(): void };
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

/** A Python without torch: a script that is not one at all stands in (drill must not crash on it). */
const noTorch = { DRILL_PYTHON: "/no/such/python3" };
const drill = (args: string[], env: NodeJS.ProcessEnv = {}) => runDrill(args, { cwd: dir.path, env, timeoutMs: 180_000 });

it("refuses --lang torch on a problem that has no PyTorch form (exit 2)", async () => {
  const r = await drill(["new", "lcs", "--lang", "torch"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/lcs has no PyTorch form/);
  expect(r.stderr).toMatch(/drill list --tag ml --lang torch/);
});

it("says how to install torch when no Python has it, and exits 2", async () => {
  for (const args of [["new", "mha", "--lang", "torch"], ["test", "mha", "--lang", "torch"]]) {
    const r = await drill(args, noTorch);
    expect(r.code, args.join(" ")).toBe(2);
    expect(r.stderr).toMatch(/PyTorch solutions need a Python with torch/);
    expect(r.stderr).toMatch(/pip install torch/);
  }
  expect(existsSync(join(dir.path, "solutions", "mha.torch.py"))).toBe(false);
});

it("lists only the problems with a PyTorch form under --lang torch", async () => {
  const r = await drill(["list", "--lang", "torch", "--json"]);
  const rows = JSON.parse(r.stdout) as { slug: string; tags: string[]; languages: string[] }[];
  expect(rows.length).toBeGreaterThan(10);
  expect(rows.every((row) => row.tags.includes("ml") && row.languages.includes("torch"))).toBe(true);
  expect(rows.map((row) => row.slug)).not.toContain("lcs");
});

describe.runIf(torchEnv())("with torch", () => {
  const env = () => torchEnv()!;

  it("doctor reports torch and its version", async () => {
    const r = await drill(["doctor", "--json"], env());
    const checks = (JSON.parse(r.stdout) as { checks: { name: string; ok: boolean; found: string }[] }).checks;
    expect(checks.find((c) => c.name === "torch")).toMatchObject({ ok: true, found: expect.stringMatching(/^\d+\.\d+/) });
  });

  it("writes mha.torch.py, tests it, and shows the PyTorch reference once it passes", { timeout: 240_000 }, async () => {
    const created = await drill(["new", "mha", "--lang", "torch"], env());
    expect(created.code).toBe(0);
    const file = join(dir.path, "solutions", "mha.torch.py");
    expect(readFileSync(file, "utf8")).toMatch(/class MultiHeadAttention\(nn\.Module\)/);
    expect((await drill(["test", "mha", "--lang", "torch", "--no-probe"], env())).code).toBe(1);
    expect((await drill(["solution", "mha", "--lang", "torch"], env())).code).toBe(1);

    writeFileSync(file, readFileSync(join(repoRoot, "problems", "mha", "reference.torch.py"), "utf8"));
    const passed = await drill(["test", "--no-probe"], env());
    expect(passed.stdout).toMatch(/✓ mha \[torch\]/);
    expect(passed.code).toBe(0);
    const status = JSON.parse((await drill(["list", "mha", "--json"], env())).stdout) as { statusByLang: Record<string, string> }[];
    expect(status[0].statusByLang).toMatchObject({ torch: "passing", py: "new" });
    const solution = await drill(["solution", "mha", "--lang", "torch"], env());
    expect(solution.code).toBe(0);
    expect(solution.stdout).toMatch(/self\.q_proj = nn\.Linear\(d_model, d_model\)/);
  });
});
