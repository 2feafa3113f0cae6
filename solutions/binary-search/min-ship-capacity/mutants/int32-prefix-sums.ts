// Mutant: precomputes prefix sums of the weights in an Int32Array so that a day's load is one
// subtraction, and gallops to each day's end; totals of 2^31 or more wrap, so loads come out
// negative and everything seems to fit: minShipCapacity([2147483647, 1], 1) gives 2147483647
// instead of 2147483648.
export function minShipCapacity(weights: readonly number[], days: number): number {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}.`);
  const n = weights.length;
  const prefix = new Int32Array(n + 1);
  let lo = 0;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = prefix[i]! + weights[i]!;
    if (weights[i]! > lo) lo = weights[i]!;
  }
  let hi = 0;
  for (const w of weights) hi += w;
  const fits = (capacity: number): boolean => {
    let used = 0;
    let start = 0;
    while (start < n) {
      if (++used > days) return false;
      // The furthest end with prefix[end] - prefix[start] <= capacity.
      let end = start;
      while (end < n && prefix[end + 1]! - prefix[start]! <= capacity) end++;
      start = end;
    }
    return true;
  };
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
