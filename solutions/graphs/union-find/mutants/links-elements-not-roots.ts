// Mutant: `union(a, b)` sets `parent[a] = b` instead of linking the two roots, so when `a` is not
// a root it is cut away from the rest of its old set.
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
    if (this.root(a) === this.root(b)) return false;
    this.parent[a] = b;
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
