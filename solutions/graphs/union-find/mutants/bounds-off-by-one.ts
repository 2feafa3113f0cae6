// Mutant: the bounds check uses `x > size` instead of `x >= size`, so index `size` slips
// through (and the parent array quietly grows a bogus element).
export class UnionFind {
  private readonly parent: number[];
  private readonly size: number;
  private sets: number;

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
    this.size = size;
    this.sets = size;
  }

  private check(x: number): void {
    if (!Number.isInteger(x) || x < 0 || x > this.size) throw new RangeError(`bad index ${x}`);
  }

  private root(x: number): number {
    if (this.parent[x] === undefined) this.parent[x] = x;
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }

  find(x: number): number {
    this.check(x);
    return this.root(x);
  }

  union(a: number, b: number): boolean {
    this.check(a);
    this.check(b);
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra === rb) return false;
    this.parent[rb] = ra;
    this.sets--;
    return true;
  }

  connected(a: number, b: number): boolean {
    this.check(a);
    this.check(b);
    return this.root(a) === this.root(b);
  }

  get components(): number {
    return this.sets;
  }
}
