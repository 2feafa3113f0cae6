/**
 * optimal: parent forest with union by rank and full path compression (a second pass points every node on the walked path straight at the root).
 * Time: O(n·α(n)) for n operations on n elements — near O(1) amortised each; the compression is
 * two loops, so no recursion depth to worry about.
 */
export class UnionFind {
  private readonly parent: Uint32Array;
  private readonly rank: Uint8Array;
  private readonly count: number;
  private sets: number;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`size must be a non-negative integer, got ${size}`);
    this.count = size;
    this.sets = size;
    this.parent = new Uint32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
    // Rank bounds the height; it never exceeds log2(size) < 256.
    this.rank = new Uint8Array(size);
  }

  private validate(x: number): void {
    if (!(Number.isInteger(x) && x >= 0 && x < this.count)) {
      throw new RangeError(`index must be an integer in 0..${this.count - 1}, got ${x}`);
    }
  }

  private rootOf(x: number): number {
    const parent = this.parent;
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    // Second pass: every node met on the way now hangs directly under the root.
    while (parent[x] !== root) {
      const up = parent[x]!;
      parent[x] = root;
      x = up;
    }
    return root;
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
    const rankA = this.rank[ra]!;
    const rankB = this.rank[rb]!;
    if (rankA < rankB) this.parent[ra] = rb;
    else if (rankA > rankB) this.parent[rb] = ra;
    else {
      this.parent[rb] = ra;
      this.rank[ra] = rankA + 1;
    }
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
