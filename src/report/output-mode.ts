// Which reporter draws: Ink on a terminal, plain text for pipes and CI, JSON on request.

export type OutputMode = "ink" | "plain" | "json";

export function isCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== "" && ci !== "0" && ci.toLowerCase() !== "false";
}

export function outputMode(options: { json?: boolean; isTTY: boolean; env: NodeJS.ProcessEnv }): OutputMode {
  if (options.json) return "json";
  return options.isTTY && !isCi(options.env) ? "ink" : "plain";
}
