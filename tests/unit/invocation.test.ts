// The commands drill suggests run the way the user started drill.
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { detectInvocation, drillCommand, setInvocation, workspaceArgument } from "../../src/invocation.js";
import { drillBin, repoRoot, tempDir } from "../helpers/cli.js";

describe("how drill was started", () => {
  afterEach(() => setInvocation("drill"));

  it("through npx (npm exec) is npx drill", () => {
    expect(detectInvocation(["node", drillBin], { npm_command: "exec", PATH: "" }, "/tmp")).toBe("npx drill");
  });

  it("is plain drill when PATH leads to this drill, and its path otherwise", () => {
    const dir = tempDir();
    try {
      mkdirSync(join(dir.path, "bin"));
      symlinkSync(drillBin, join(dir.path, "bin", "drill"));
      expect(detectInvocation(["node", join(dir.path, "bin", "drill")], { PATH: join(dir.path, "bin") }, "/tmp")).toBe("drill");
      expect(detectInvocation(["node", drillBin], { PATH: "/usr/bin" }, repoRoot)).toBe("node bin/drill.js");
      expect(detectInvocation(["node", drillBin], { PATH: "/usr/bin" }, dir.path)).toBe(`node ${drillBin}`);
    } finally {
      dir.remove();
    }
  });

  it("keeps the --workspace the user gave, except for commands that do not read it", () => {
    expect(workspaceArgument(["test", "mha", "--workspace", "my work"])).toBe("my work");
    expect(workspaceArgument(["test", "--workspace=practice"])).toBe("practice");
    expect(workspaceArgument(["test", "mha"])).toBeUndefined();
    setInvocation("npx drill", "my work");
    expect(drillCommand("test mha")).toBe("npx drill test mha --workspace 'my work'");
    expect(drillCommand("show mha", { workspace: false })).toBe("npx drill show mha");
    expect(drillCommand("test mha", { workspace: "solutions/mock/1" })).toBe("npx drill test mha --workspace solutions/mock/1");
  });
});
