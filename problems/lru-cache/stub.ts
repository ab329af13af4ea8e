// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: {{show}}      Hints: {{hints}}
// Test:      {{test}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

export class LRUCache {
  constructor(capacity: number) {
    // Set up your fields here.
  }

  /** The value stored for key (it becomes the most recently used key), or -1. */
  get(key: number): number {
    throw new Error("not implemented yet");
  }

  /** Stores value under key, evicting the least recently used key when a new key finds the cache full. */
  put(key: number, value: number): void {
    throw new Error("not implemented yet");
  }
}
