/**
 * Interning of small immutable arrays (reasons, red flags, paths) keyed by the identity of their shared elements.
 * A bulk run has only a few hundred distinct combinations, so results share them instead of each holding a copy;
 * this keeps memory (and garbage-collection time) flat on 100,000-row files. Interned arrays are frozen.
 */
export class ArrayInterner<T extends object> {
  private readonly root: Trie<T> = { next: new Map() };
  private count = 0;
  constructor(private readonly limit = 50_000) {}

  /** The shared frozen array equal (element by element) to `items`, or `items` itself once the limit is reached. */
  intern(items: readonly T[]): T[] {
    let node = this.root;
    for (const item of items) {
      let child = node.next.get(item);
      if (!child) {
        if (this.count >= this.limit) return items as T[];
        node.next.set(item, (child = { next: new Map() }));
      }
      node = child;
    }
    if (!node.value) {
      if (this.count >= this.limit) return items as T[];
      this.count++;
      node.value = Object.freeze(items.slice()) as T[];
    }
    return node.value;
  }
}

interface Trie<T> {
  next: Map<T, Trie<T>>;
  value?: T[];
}

/** Shared frozen empty array (mutating it throws). */
export function emptyArray<T>(): T[] {
  return EMPTY as unknown as T[];
}
const EMPTY: readonly never[] = Object.freeze([]);
