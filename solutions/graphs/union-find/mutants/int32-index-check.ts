// Mutant: rejects non-integers, then turns the index into a 32-bit integer (`x | 0`) before the
// range check. An integer index of 2^32 or more wraps into range instead of throwing:
// `new UnionFind(5).find(2 ** 32)` returns 0 (and `union(0, 2 ** 32 + 1)` joins 0 and 1).
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly treeSize: Int32Array;
  private readonly size: number;
  private sets: number;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 0) {
      throw new RangeError(`Expected \`size\` to be a non-negative integer, got ${size}.`);
    }
    this.size = size;
    this.sets = size;
    this.parent = new Int32Array(size);
    this.treeSize = new Int32Array(size).fill(1);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  /** The index as a 32-bit integer, once it is known to be an integer in range. */
  private check(x: number): number {
    const i = x | 0;
    if (!Number.isInteger(x) || i < 0 || i >= this.size) {
      throw new RangeError(`Expected an element index from 0 to ${this.size - 1}, got ${x}.`);
    }
    return i;
  }

  private root(x: number): number {
    const parent = this.parent;
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  }

  find(x: number): number {
    return this.root(this.check(x));
  }

  union(a: number, b: number): boolean {
    let ra = this.root(this.check(a));
    let rb = this.root(this.check(b));
    if (ra === rb) return false;
    if (this.treeSize[ra]! < this.treeSize[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.treeSize[ra]! += this.treeSize[rb]!;
    this.sets--;
    return true;
  }

  connected(a: number, b: number): boolean {
    const i = this.check(a);
    const j = this.check(b);
    return this.root(i) === this.root(j);
  }

  get components(): number {
    return this.sets;
  }
}
