// Which Python runs the PyTorch tests: DRILL_PYTHON when it has torch, else the system Python
// (Debian's python3-torch, as CI installs it), else python3 on PATH. null when none has torch.
import { existsSync } from "node:fs";
import { createAdapter } from "../../src/runner/adapters.js";
import { findTorchPython } from "../../src/runner/python-env.js";
import type { LanguageAdapter } from "../../src/runner/types.js";

function candidates(): NodeJS.ProcessEnv[] {
  const list: NodeJS.ProcessEnv[] = [];
  if (process.env.DRILL_PYTHON) list.push({ ...process.env });
  if (existsSync("/usr/bin/python3")) list.push({ ...process.env, DRILL_PYTHON: "/usr/bin/python3" });
  list.push({ ...process.env, DRILL_PYTHON: "" });
  return list;
}

let found: NodeJS.ProcessEnv | null | undefined;

/** An environment whose DRILL_PYTHON has torch, or null. */
export function torchEnv(): NodeJS.ProcessEnv | null {
  if (found !== undefined) return found;
  found = null;
  for (const env of candidates()) {
    const lookup = findTorchPython(env);
    if (lookup.ok) {
      found = { ...env, DRILL_PYTHON: lookup.info.executable };
      break;
    }
  }
  return found;
}

export const NO_TORCH_MESSAGE =
  "no Python with torch found (DRILL_PYTHON, /usr/bin/python3, python3 on PATH): the PyTorch tests are skipped; install it with apt-get install python3-torch or pip install torch";

export function torchAdapter(options: { keepWarm?: boolean } = {}): LanguageAdapter {
  const env = torchEnv();
  if (!env) throw new Error(NO_TORCH_MESSAGE);
  const lookup = createAdapter("torch", { ...options, env });
  if (!lookup.ok) throw new Error(lookup.message);
  return lookup.adapter;
}
