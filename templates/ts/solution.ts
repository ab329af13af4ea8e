// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
// Test:      drill test {{slug}}
// Target:    {{time}} time, n = {{n}}
{{preamble}}
export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
