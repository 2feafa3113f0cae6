/**
 * slow: jump search: leaps ahead in blocks of ⌊√n⌋ until a block's last value reaches the target, then scans that block from its start.
 * known miss: √n against log n is a ratio whose log-log slope is 0.5 − 1/ln n (≈ 0.43 up to the contract's n = 10^6), under the rule's 0.5
 * time: O(√n) per lookup (up to √n jumps plus up to √n steps inside the block): O(√n) for the bench's fixed batch of 64 lookups, against O(log n).
 * exposed by: targets near the end of a large array, or absent ones (the bench uses both); the gap to binary search grows like √n / log n, only ~20× at n = 10^6.
 *
 * Jump search is taught next to binary search as the method for media where jumping backwards is
 * expensive. It is sublinear, so it feels close enough, but √n is a polynomial: a doubling of n
 * costs 1.41× more per lookup, where binary search pays one extra step.
 */
export function binarySearch(sorted: readonly number[], target: number): number {
  const n = sorted.length;
  if (n === 0) return -1;
  const step = Math.max(1, Math.floor(Math.sqrt(n)));
  let blockStart = 0;
  // Skip whole blocks whose last value is still below the target.
  while (blockStart + step - 1 < n && sorted[blockStart + step - 1]! < target) blockStart += step;
  const blockEnd = Math.min(n, blockStart + step);
  for (let i = blockStart; i < blockEnd; i++) {
    const value = sorted[i]!;
    if (value === target) return i;
    if (value > target) return -1;
  }
  return -1;
}
