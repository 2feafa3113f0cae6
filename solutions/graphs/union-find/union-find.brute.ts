/**
 * Brute force: quick-find. Every element stores the label of its set (initially itself), so
 * `find` and `connected` are a single array read; `union` relabels by scanning the whole array
 * and rewriting every element that carries the old label. Correct, and the first design most
 * people reach for, but every successful union costs O(n): O(n²) for n operations.
 * A label is always the index of some member of its set, so it is a valid representative.
 */
export class UnionFind {
  private readonly label: number[];
  private sets: number;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 0) {
      throw new RangeError(`Expected \`size\` to be a non-negative integer, got ${size}.`);
    }
    this.label = Array.from({ length: size }, (_, i) => i);
    this.sets = size;
  }

  private check(x: number): void {
    if (!Number.isInteger(x) || x < 0 || x >= this.label.length) {
      throw new RangeError(`Expected an element index from 0 to ${this.label.length - 1}, got ${x}.`);
    }
  }

  find(x: number): number {
    this.check(x);
    return this.label[x]!;
  }

  union(a: number, b: number): boolean {
    this.check(a);
    this.check(b);
    const keep = this.label[a]!;
    const drop = this.label[b]!;
    if (keep === drop) return false;
    for (let i = 0; i < this.label.length; i++) if (this.label[i] === drop) this.label[i] = keep;
    this.sets--;
    return true;
  }

  connected(a: number, b: number): boolean {
    this.check(a);
    this.check(b);
    return this.label[a] === this.label[b];
  }

  get components(): number {
    return this.sets;
  }
}
