/**
 * slow: quick-find with a member list per set — `union` moves every member of b's set into a's list and relabels them, whichever set is bigger.
 * Time: O(size of b's set) per successful union; merging the smaller set into the larger would
 * make that O(n log n) in total, but without that rule a big set can be moved again and again:
 * Θ(n²) moves for n operations (n = operations = elements).
 * exposed by: unions that keep merging the big set into a newcomer — union(i, 0) for i = 1..n/2. Random pairs as in the bench (n/2 unions on n elements) stop about where a giant set first forms, so the big set is rarely moved and the cost stays a few times the reference's.
 */
export class UnionFind {
  private readonly label: Int32Array;
  private readonly members: number[][];
  private sets: number;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`size must be a non-negative integer, got ${size}`);
    this.label = new Int32Array(size);
    this.members = [];
    for (let i = 0; i < size; i++) {
      this.label[i] = i;
      this.members.push([i]);
    }
    this.sets = size;
  }

  private validate(x: number): void {
    if (!Number.isInteger(x) || x < 0 || x >= this.label.length) {
      throw new RangeError(`index must be an integer in 0..${this.label.length - 1}, got ${x}`);
    }
  }

  find(x: number): number {
    this.validate(x);
    return this.label[x]!;
  }

  union(a: number, b: number): boolean {
    this.validate(a);
    this.validate(b);
    const keep = this.label[a]!;
    const drop = this.label[b]!;
    if (keep === drop) return false;
    // The costly part: the moved set is whichever one b is in, not the smaller one.
    const moving = this.members[drop]!;
    const target = this.members[keep]!;
    for (const x of moving) {
      this.label[x] = keep;
      target.push(x);
    }
    this.members[drop] = [];
    this.sets--;
    return true;
  }

  connected(a: number, b: number): boolean {
    this.validate(a);
    this.validate(b);
    return this.label[a] === this.label[b];
  }

  get components(): number {
    return this.sets;
  }
}
