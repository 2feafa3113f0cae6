// Mutant: sorts the caller's array in place to run two pointers over it. The answer is right,
// but `amounts` is read-only and the caller's data is reordered.
export function pairSums(amounts: readonly number[], target: number): [number, number][] {
  const sorted = (amounts as number[]).sort((x, y) => x - y);
  const pairs: [number, number][] = [];
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const sum = sorted[lo]! + sorted[hi]!;
    if (sum < target) lo++;
    else if (sum > target) hi--;
    else {
      pairs.push([sorted[lo]!, sorted[hi]!]);
      const a = sorted[lo]!;
      const b = sorted[hi]!;
      while (lo < hi && sorted[lo] === a) lo++;
      while (lo < hi && sorted[hi] === b) hi--;
    }
  }
  return pairs;
}
