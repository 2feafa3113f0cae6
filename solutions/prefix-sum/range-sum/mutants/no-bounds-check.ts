// Mutant: trusts its arguments. An out-of-range index reads `undefined` and the answer becomes
// NaN (or a wrong number) instead of a RangeError.
export class RangeSum {
  private readonly prefix: number[];

  constructor(nums: readonly number[]) {
    this.prefix = [0];
    for (const value of nums) this.prefix.push(this.prefix.at(-1)! + value);
  }

  sum(left: number, right: number): number {
    return this.prefix[right + 1]! - this.prefix[left]!;
  }
}
