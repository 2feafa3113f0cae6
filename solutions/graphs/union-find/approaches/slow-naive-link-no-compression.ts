/**
 * slow: quick-union — parent pointers where `union` always hangs a's root under b's root, with neither union by size/rank nor path compression.
 * Time: O(depth) per operation; random unions keep trees shallow (the bench sees roughly
 * O(n log n) or better), but a chain of unions builds a tree of depth n, and then every
 * find/connected on its bottom element costs O(n): O(n²) for n operations.
 * exposed by: one long chain — union(0,1), union(1,2), …, union(n/2−1, n/2) (each new root goes on top), then n/2 queries connected(0, k).
 */
export class UnionFind {
  private readonly parent: number[];
  private sets: number;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`size must be a non-negative integer, got ${size}`);
    this.parent = Array.from({ length: size }, (_, i) => i);
    this.sets = size;
  }

  private validate(x: number): void {
    if (!Number.isInteger(x) || x < 0 || x >= this.parent.length) {
      throw new RangeError(`index must be an integer in 0..${this.parent.length - 1}, got ${x}`);
    }
  }

  private rootOf(x: number): number {
    // Walks the full height every time: nothing shortens the path for next time.
    while (this.parent[x] !== x) x = this.parent[x]!;
    return x;
  }

  find(x: number): number {
    this.validate(x);
    return this.rootOf(x);
  }

  union(a: number, b: number): boolean {
    this.validate(a);
    this.validate(b);
    const ra = this.rootOf(a);
    const rb = this.rootOf(b);
    if (ra === rb) return false;
    this.parent[ra] = rb;
    this.sets--;
    return true;
  }

  connected(a: number, b: number): boolean {
    this.validate(a);
    this.validate(b);
    return this.rootOf(a) === this.rootOf(b);
  }

  get components(): number {
    return this.sets;
  }
}
