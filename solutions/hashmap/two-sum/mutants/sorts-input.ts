// Mutant: sorts the caller's array in place to use two pointers, then maps values back to indices.
export function twoSum(nums: readonly number[], target: number): [number, number] | null {
  const original = [...nums];
  const sorted = (nums as number[]).sort((a, b) => a - b);
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const sum = sorted[lo]! + sorted[hi]!;
    if (sum === target) {
      const i = original.indexOf(sorted[lo]!);
      const j = original.lastIndexOf(sorted[hi]!);
      return i < j ? [i, j] : [j, i];
    }
    if (sum < target) lo++;
    else hi--;
  }
  return null;
}
