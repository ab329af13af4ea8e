// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: {{show}}      Hints: {{hints}}
// Test:      {{test}}
// Target:    {{time}} time, n = {{n}}
// Your cases: add lines such as   // @case {{caseExample}}
//   (add "=> answer" to fix the answer; else the reference's is expected). They run first;
//   drill run {{slug}} runs one, drill debug {{slug}} stops in it under a debugger.
{{preamble}}
export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
