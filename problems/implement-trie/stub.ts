// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
// Test:      drill test {{slug}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

export class Trie {
  constructor() {
    // Set up your fields here.
  }

  /** Stores word. */
  insert(word: string): void {
    throw new Error("not implemented yet");
  }

  /** Whether word itself was inserted (a longer word that starts with it does not count). */
  search(word: string): boolean {
    throw new Error("not implemented yet");
  }

  /** Whether some inserted word starts with prefix (a word is a prefix of itself). */
  startsWith(prefix: string): boolean {
    throw new Error("not implemented yet");
  }
}
