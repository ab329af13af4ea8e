// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: {{show}}      Hints: {{hints}}
// Test:      {{test}}
// Target:    {{time}} time, n = {{n}}
{{preamble}}
export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
