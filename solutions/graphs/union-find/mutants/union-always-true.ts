// Mutant: `union` returns true (and counts a merge) even when the two elements were already in
// the same set.
export class UnionFind {
  private readonly parent: number[];
  private sets: number;

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
    this.sets = size;
  }

  private check(x: number): void {
    if (!Number.isInteger(x) || x < 0 || x >= this.parent.length) throw new RangeError(`bad index ${x}`);
  }

  private root(x: number): number {
    while (this.parent[x] !== x) x = this.parent[x]!;
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
    if (ra !== rb) this.parent[rb] = ra;
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
