/**
 * slow: a well-built forest (union by size, path halving) that keeps no counter of sets — `components` counts the roots with a full scan every time it is read.
 * Time: near O(1) amortised per find/union/connected, but O(n) per `components` read; a caller
 * that reads it after every operation pays O(n²) for n operations (the bench family "components read after every union" does).
 * exposed by: reading `components` after every union (e.g. "stop when everything is connected" loops): n/2 unions each followed by sets.components.
 */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly weight: Int32Array;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`size must be a non-negative integer, got ${size}`);
    this.parent = new Int32Array(size);
    this.weight = new Int32Array(size).fill(1);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  private validate(x: number): void {
    if (!Number.isInteger(x) || x < 0 || x >= this.parent.length) {
      throw new RangeError(`index must be an integer in 0..${this.parent.length - 1}, got ${x}`);
    }
  }

  private rootOf(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }

  find(x: number): number {
    this.validate(x);
    return this.rootOf(x);
  }

  union(a: number, b: number): boolean {
    this.validate(a);
    this.validate(b);
    let ra = this.rootOf(a);
    let rb = this.rootOf(b);
    if (ra === rb) return false;
    if (this.weight[ra]! < this.weight[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.weight[ra]! += this.weight[rb]!;
    return true;
  }

  connected(a: number, b: number): boolean {
    this.validate(a);
    this.validate(b);
    return this.rootOf(a) === this.rootOf(b);
  }

  /** Derived on demand instead of maintained: one root per set, so count the roots. */
  get components(): number {
    let roots = 0;
    for (let i = 0; i < this.parent.length; i++) if (this.parent[i] === i) roots++;
    return roots;
  }
}
