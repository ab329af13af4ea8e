// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
// Test:      drill test {{slug}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

export class MinStack {
  constructor() {
    // Set up your fields here.
  }

  /** Puts val on top of the stack. */
  push(val: number): void {
    throw new Error("not implemented yet");
  }

  /** Removes the top element (the stack is not empty). */
  pop(): void {
    throw new Error("not implemented yet");
  }

  /** The top element (the stack is not empty). */
  top(): number {
    throw new Error("not implemented yet");
  }

  /** The smallest element in the stack (the stack is not empty). */
  getMin(): number {
    throw new Error("not implemented yet");
  }
}
