/**
 * Reference: a forest of parent pointers with union by size and path halving.
 *
 * Invariant: every set is one tree; its root (the element that is its own parent) is the
 * representative, and `treeSize[root]` counts the members. `union` hangs the smaller tree under
 * the larger root, so a tree of k members is at most log₂ k deep. `find` walks to the root and,
 * on the way, points every other node at its grandparent (path halving), which keeps later
 * walks short. Both together give O(α(n)) amortised per operation, α being the inverse
 * Ackermann function (below 5 for any n that fits in memory). The walk is a loop, so even a
 * degenerate tree cannot overflow the call stack.
 *
 * Complexity: O(n) to build, near O(1) amortised per find / union / connected; O(n) memory.
 */
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

  private check(x: number): void {
    if (!Number.isInteger(x) || x < 0 || x >= this.size) {
      throw new RangeError(`Expected an element index from 0 to ${this.size - 1}, got ${x}.`);
    }
  }

  private root(x: number): number {
    const parent = this.parent;
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return parent[x]!; // equal to x, but read from the array: element 0, never the index −0
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
    if (this.treeSize[ra]! < this.treeSize[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.treeSize[ra]! += this.treeSize[rb]!;
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
