// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
// Test:      drill test {{slug}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

export class MedianFinder {
  constructor() {
    // Set up your fields here.
  }

  /** Adds a number to the data seen so far. */
  addNum(num: number): void {
    throw new Error("not implemented yet");
  }

  /** The median of all numbers added so far (at least one was added). */
  findMedian(): number {
    throw new Error("not implemented yet");
  }
}
