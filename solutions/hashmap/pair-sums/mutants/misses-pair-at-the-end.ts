// Mutant: two pointers over a sorted copy, but the loop stops while the pointers are still one
// apart (`lo < hi - 1`), so the innermost pair is never examined (`[1, 2]` with target 3 gives []).
export function pairSums(amounts: readonly number[], target: number): [number, number][] {
  const sorted = [...amounts].sort((x, y) => x - y);
  const pairs: [number, number][] = [];
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi - 1) {
    const sum = sorted[lo]! + sorted[hi]!;
    if (sum < target) lo++;
    else if (sum > target) hi--;
    else {
      const a = sorted[lo]!;
      const b = sorted[hi]!;
      pairs.push([a, b]);
      while (lo < hi && sorted[lo] === a) lo++;
      while (lo < hi && sorted[hi] === b) hi--;
    }
  }
  return pairs;
}
