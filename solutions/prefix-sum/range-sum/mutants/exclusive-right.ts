// Mutant: returns prefix[right] - prefix[left], which leaves out nums[right]: the range is
// half-open instead of inclusive.
export class RangeSum {
  private readonly prefix: number[];

  constructor(nums: readonly number[]) {
    this.prefix = [0];
    for (const value of nums) this.prefix.push(this.prefix.at(-1)! + value);
  }

  sum(left: number, right: number): number {
    if (left < 0 || right >= this.prefix.length - 1 || left > right) throw new RangeError('bad range');
    return this.prefix[right]! - this.prefix[left]!;
  }
}
