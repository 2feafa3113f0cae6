/**
 * optimal: sort a copy, then count the places where a value differs from the one before it.
 * O(n log n) time, in the same bucket as the reference's O(n) on this engine's scale.
 */
export function templateKata(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => (Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : Number.isNaN(b) ? -1 : a - b));
  let count = 0;
  for (let i = 0; i < sorted.length; i++) {
    const same = i > 0 && (sorted[i] === sorted[i - 1] || (Number.isNaN(sorted[i]) && Number.isNaN(sorted[i - 1])));
    if (!same) count++;
  }
  return count;
}
