// Mutant: keeps the prefix and suffix sums in Int32Arrays, so sums are compared modulo 2^32:
// `[0, 4294967296]` gives 0 (the right side 4294967296 wraps to 0) instead of 1.
export function pivotIndex(nums: readonly number[]): number {
  const n = nums.length;
  const prefix = new Int32Array(n + 1);
  const suffix = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + nums[i]!;
  for (let i = n - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + nums[i]!;
  for (let i = 0; i < n; i++) if (prefix[i] === suffix[i + 1]) return i;
  return -1;
}
