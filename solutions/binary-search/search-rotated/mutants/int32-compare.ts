// Mutant: every comparison goes through an int-style helper, `(a - b) | 0`, which truncates the
// difference to 32 bits: values less than 1 apart compare equal and differences of 2^31 or more
// wrap around. searchRotated([0.5], 0) gives 0 instead of -1, and
// searchRotated([0, 2147483648], 2147483648) gives -1 instead of 1.
function compare(a: number, b: number): number {
  return (a - b) | 0;
}

export function searchRotated(nums: readonly number[], target: number): number {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = lo + ((hi - lo) >> 1);
    const value = nums[mid]!;
    if (compare(value, target) === 0) return mid;
    if (compare(nums[lo]!, value) <= 0) {
      if (compare(nums[lo]!, target) <= 0 && compare(target, value) < 0) hi = mid - 1;
      else lo = mid + 1;
    } else {
      if (compare(value, target) < 0 && compare(target, nums[hi]!) <= 0) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return -1;
}
