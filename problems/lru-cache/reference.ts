// Hash map from key to node of a doubly linked list kept in order of use, with two
// sentinels: head.next is the least recently used node, tail.prev the most recent.
class Node {
  prev: Node = this;
  next: Node = this;
  constructor(
    readonly key: number,
    public value: number,
  ) {}
}

export class LRUCache {
  private readonly capacity: number;
  private readonly nodes = new Map<number, Node>();
  private readonly head: Node;
  private readonly tail: Node;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.head = new Node(-1, -1);
    this.tail = new Node(-1, -1);
    this.head.next = this.tail;
    this.tail.prev = this.head;
  }

  get(key: number): number {
    const node = this.nodes.get(key);
    if (node === undefined) return -1;
    this.unlink(node);
    this.append(node);
    return node.value;
  }

  put(key: number, value: number): void {
    const existing = this.nodes.get(key);
    if (existing !== undefined) {
      existing.value = value;
      this.unlink(existing);
      this.append(existing);
      return;
    }
    if (this.nodes.size === this.capacity) {
      const oldest = this.head.next;
      this.unlink(oldest);
      this.nodes.delete(oldest.key);
    }
    const node = new Node(key, value);
    this.append(node);
    this.nodes.set(key, node);
  }

  private unlink(node: Node): void {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  private append(node: Node): void {
    node.prev = this.tail.prev;
    node.next = this.tail;
    this.tail.prev.next = node;
    this.tail.prev = node;
  }
}
