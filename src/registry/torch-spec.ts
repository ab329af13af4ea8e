// The PyTorch form of a problem (problem.json "torch"): checked on load, and turned into the part
// of the call spec the Python harness needs to build the layer, load its weights and guard it.
import type { TorchCall } from "./call-spec.js";
import type { ProblemMeta, TorchSpec } from "./schema.js";

/** `x`, `p.wq`, `x.shape[-1]`, `p.wq.T`: an argument, a field of it, then a shape entry or the transpose. */
const EXPRESSION = /^([A-Za-z_]\w*)(\.[A-Za-z_]\w*)*?(\.shape\[-?\d+\]|\.T)?$/;
/** `q_proj.weight`; a `*` stands for every layer of a stack: `blocks.*.attn.q_proj.weight`. */
const PARAMETER_PATH = /^[A-Za-z_]\w*(\.([A-Za-z_]\w*|\*))*$/;

/** What is wrong with a problem's torch section, or null. */
export function checkTorchSpec(spec: TorchSpec, argNames: string[]): string | null {
  if (!spec.signature.startsWith(`${spec.entry}(`)) return `torch.signature: should start with the entry name "${spec.entry}("`;
  for (const name of Object.keys(spec.dtypes ?? {})) {
    if (!argNames.includes(name)) return `torch.dtypes: "${name}" is not an argument (${argNames.join(", ")})`;
  }
  if (!spec.module) return null;
  const expressions: [string, string][] = [
    ...spec.module.init.map((e, i) => [`torch.module.init[${i}]`, e] as [string, string]),
    ...spec.module.forward.map((e, i) => [`torch.module.forward[${i}]`, e] as [string, string]),
    ...(spec.module.backward ?? []).map((e, i) => [`torch.module.backward[${i}]`, e] as [string, string]),
    ...(spec.module.train ? [["torch.module.train", spec.module.train] as [string, string]] : []),
    ...Object.entries(spec.module.weights).map(([path, e]) => [`torch.module.weights["${path}"]`, e] as [string, string]),
  ];
  for (const [where, expression] of expressions) {
    const match = EXPRESSION.exec(expression);
    if (!match) return `${where}: "${expression}" is not an argument, a field, .shape[i] or .T`;
    if (!argNames.includes(match[1])) return `${where}: "${match[1]}" is not an argument (${argNames.join(", ")})`;
  }
  for (const path of Object.keys(spec.module.weights)) {
    if (!PARAMETER_PATH.test(path)) return `torch.module.weights: "${path}" is not a parameter path such as q_proj.weight or blocks.*.attn.q_proj.weight`;
  }
  return null;
}

export function torchCall(meta: ProblemMeta): TorchCall | undefined {
  const spec = meta.torch;
  if (!spec) return undefined;
  return {
    argNames: meta.args.map((a) => a.name),
    module: spec.module,
    banned: spec.banned ?? [],
    autograd: spec.autograd ?? true,
    dtypes: spec.dtypes,
  };
}
