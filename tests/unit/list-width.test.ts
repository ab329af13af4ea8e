// drill list on a narrow terminal: one line per problem, cut with "…" rather than wrapped.
import { eastAsianWidth } from "get-east-asian-width";
import { describe, expect, it } from "vitest";
import { listCommand } from "../../src/commands/list.js";
import { tempDir } from "../helpers/cli.js";
import { pipeStdin } from "../helpers/terminal.js";

async function list(columns: number | undefined, isTTY: boolean): Promise<string[]> {
  const dir = tempDir();
  let out = "";
  try {
    await listCommand({ search: [] }, { cwd: dir.path, env: { ...process.env, NO_COLOR: "1", DRILL_WORKSPACE: "" }, stdout: { write: (t: string) => (out += t), isTTY, columns }, stderr: { write: () => true }, stdin: pipeStdin() });
  } finally {
    dir.remove();
  }
  return out.split("\n");
}

// East Asian wide characters take two columns.
const width = (s: string) => [...s].reduce((w, ch) => w + eastAsianWidth(ch.codePointAt(0)!), 0);

describe("drill list width", () => {
  it("fits every row to an 80-column terminal", async () => {
    const lines = await list(80, true);
    const rows = lines.slice(lines.findIndex((l) => l.startsWith("STATUS")), lines.indexOf(""));
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) expect(width(row), row).toBeLessThanOrEqual(80);
    expect(rows.some((r) => r.endsWith("…"))).toBe(true);
  });

  it("keeps whole rows for a pipe", async () => {
    const rows = await list(undefined, false);
    expect(rows.some((r) => r.includes("…"))).toBe(false);
    expect(Math.max(...rows.map(width))).toBeGreaterThan(100);
  });
});
