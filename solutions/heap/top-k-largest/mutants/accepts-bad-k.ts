// Mutant: never validates k; a negative k slices from the end and a fractional k is truncated.
export function topKLargest(nums: readonly number[], k: number): number[] {
  return [...nums].sort((a, b) => b - a).slice(0, k);
}
