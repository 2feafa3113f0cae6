// Mutant: copies the values into an Int32Array, orders the indices by value and walks two
// pointers. Values of 2^31 or more wrap to negative numbers, so sums come out wrong:
// `[2147483648, 0]` with target 2147483648 gives null instead of `[0, 1]`.
export function twoSum(nums: readonly number[], target: number): [number, number] | null {
  const values = Int32Array.from(nums);
  const order = Array.from(values.keys()).sort((a, b) => values[a]! - values[b]!);
  let lo = 0;
  let hi = order.length - 1;
  while (lo < hi) {
    const sum = values[order[lo]!]! + values[order[hi]!]!;
    if (sum === target) {
      const i = order[lo]!;
      const j = order[hi]!;
      return i < j ? [i, j] : [j, i];
    }
    if (sum < target) lo++;
    else hi--;
  }
  return null;
}
