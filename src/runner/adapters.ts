// One adapter per language, created when first needed.
import type { Lang } from "../registry/problem.js";
import { PythonAdapter } from "./python.js";
import { findPython, findTorchPython, PYTHON_HELP, TORCH_HELP } from "./python-env.js";
import { TypeScriptAdapter } from "./typescript.js";
import type { LanguageAdapter } from "./types.js";

export interface AdapterOptions {
  /** Keep a runner started ahead of the next run. */
  keepWarm?: boolean;
  env?: NodeJS.ProcessEnv;
}

export type AdapterLookup = { ok: true; adapter: LanguageAdapter } | { ok: false; message: string };

export function createAdapter(lang: Lang, options: AdapterOptions = {}): AdapterLookup {
  if (lang === "ts") return { ok: true, adapter: new TypeScriptAdapter({ keepWarm: options.keepWarm }) };
  if (lang === "torch") {
    const python = findTorchPython(options.env);
    if (!python.ok) return { ok: false, message: `cannot run PyTorch solutions: ${python.message}; ${TORCH_HELP}` };
    return { ok: true, adapter: new PythonAdapter({ executable: python.info.executable, keepWarm: options.keepWarm, env: options.env, torch: true }) };
  }
  const python = findPython(options.env);
  if (!python.ok) return { ok: false, message: `cannot run Python solutions: ${python.message}; ${PYTHON_HELP}` };
  return { ok: true, adapter: new PythonAdapter({ executable: python.info.executable, keepWarm: options.keepWarm, env: options.env }) };
}

/** Adapters by language, made on first use and disposed together. */
export class AdapterSet {
  private readonly made = new Map<Lang, AdapterLookup>();

  constructor(private readonly options: AdapterOptions = {}) {}

  get(lang: Lang): AdapterLookup {
    let lookup = this.made.get(lang);
    if (!lookup) {
      lookup = createAdapter(lang, this.options);
      this.made.set(lang, lookup);
    }
    return lookup;
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.made.values()].map((l) => (l.ok ? l.adapter.dispose() : undefined)));
  }
}
