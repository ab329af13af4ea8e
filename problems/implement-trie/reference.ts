// A tree of letters: every node maps a letter to its child and knows whether a stored word ends there.
class TrieNode {
  readonly children = new Map<string, TrieNode>();
  isWord = false;
}

export class Trie {
  private readonly root = new TrieNode();

  insert(word: string): void {
    let node = this.root;
    for (const letter of word) {
      let child = node.children.get(letter);
      if (!child) {
        child = new TrieNode();
        node.children.set(letter, child);
      }
      node = child;
    }
    node.isWord = true;
  }

  search(word: string): boolean {
    return this.walk(word)?.isWord ?? false;
  }

  startsWith(prefix: string): boolean {
    return this.walk(prefix) !== undefined;
  }

  /** The node the letters lead to from the root, or undefined when they leave the tree. */
  private walk(letters: string): TrieNode | undefined {
    let node: TrieNode | undefined = this.root;
    for (const letter of letters) {
      node = node.children.get(letter);
      if (!node) return undefined;
    }
    return node;
  }
}
