// Mutant: sorts a copy of the values with `.sort()` and no comparator before walking two
// pointers, so the copy is in string order (`[10, 9]` stays `[10, 9]`) and the pointers move the
// wrong way: `[10, 9, 1]` with target 11 gives null instead of `[0, 2]`.
export function twoSum(nums: readonly number[], target: number): [number, number] | null {
  const sorted = [...nums].sort();
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const sum = sorted[lo]! + sorted[hi]!;
    if (sum === target) {
      const i = nums.indexOf(sorted[lo]!);
      const j = sorted[lo] === sorted[hi] ? nums.indexOf(sorted[hi]!, i + 1) : nums.indexOf(sorted[hi]!);
      return i < j ? [i, j] : [j, i];
    }
    if (sum < target) lo++;
    else hi--;
  }
  return null;
}
