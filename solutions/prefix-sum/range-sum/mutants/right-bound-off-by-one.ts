// Mutant: compares right with `> length` instead of `>= length`, so right = length is let
// through and reads past the end of the prefix array.
export class RangeSum {
  private readonly prefix: number[];

  constructor(nums: readonly number[]) {
    this.prefix = [0];
    for (const value of nums) this.prefix.push(this.prefix.at(-1)! + value);
  }

  sum(left: number, right: number): number {
    const length = this.prefix.length - 1;
    if (left < 0 || right > length || left > right) throw new RangeError('index out of range');
    return this.prefix[right + 1]! - this.prefix[left]!;
  }
}
