// Mutant: keeps the prefix sums in an Int32Array, so any sum of 2^31 or more wraps around:
// `new RangeSum([2147483648]).sum(0, 0)` gives -2147483648.
export class RangeSum {
  private readonly prefix: Int32Array;

  constructor(nums: readonly number[]) {
    this.prefix = new Int32Array(nums.length + 1);
    for (let i = 0; i < nums.length; i++) this.prefix[i + 1] = this.prefix[i]! + nums[i]!;
  }

  sum(left: number, right: number): number {
    if (!Number.isInteger(left) || !Number.isInteger(right) || left < 0 || left > right || right >= this.prefix.length - 1) {
      throw new RangeError('bad range');
    }
    return this.prefix[right + 1]! - this.prefix[left]!;
  }
}
