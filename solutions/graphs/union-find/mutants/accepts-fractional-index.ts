// Mutant: checks only the range (`x < 0 || x >= size`), so a fractional index such as 1.5 or
// NaN is accepted instead of throwing RangeError.
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly weight: Int32Array;
  private sets: number;

  constructor(size: number) {
    this.parent = new Int32Array(size).map((_, i) => i);
    this.weight = new Int32Array(size).fill(1);
    this.sets = size;
  }

  private check(x: number): void {
    if (x < 0 || x >= this.parent.length) throw new RangeError(`bad index ${x}`);
  }

  private root(x: number): number {
    while (this.parent[x] !== undefined && this.parent[x] !== x) x = this.parent[x]!;
    return x;
  }

  find(x: number): number {
    this.check(x);
    return this.root(x);
  }

  union(a: number, b: number): boolean {
    this.check(a);
    this.check(b);
    let ra = this.root(a);
    let rb = this.root(b);
    if (ra === rb) return false;
    if (this.weight[ra]! < this.weight[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.weight[ra]! += this.weight[rb]!;
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
