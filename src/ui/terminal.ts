// The terminal an Ink screen draws on and takes keys from. Commands pass their context's
// streams (the process's own, or a test's), so no screen reaches for process.stdin itself.
export interface Terminal {
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
}
