// Mutant: starts the "next permutation" walk from a copy sorted with the default `.sort()`, which
// compares numbers as text. The walk (numeric comparisons) must start from the smallest ordering
// to reach them all; [10, 2] stays [10, 2], which is already the largest, so [[10, 2]] comes back
// without [2, 10].
export function permutations(nums: readonly number[]): number[][] {
  const current = [...nums].sort();
  const result: number[][] = [current.slice()];
  for (;;) {
    let i = current.length - 2;
    while (i >= 0 && current[i]! >= current[i + 1]!) i--;
    if (i < 0) return result;
    let j = current.length - 1;
    while (current[j]! <= current[i]!) j--;
    [current[i], current[j]] = [current[j]!, current[i]!];
    for (let lo = i + 1, hi = current.length - 1; lo < hi; lo++, hi--) [current[lo], current[hi]] = [current[hi]!, current[lo]!];
    result.push(current.slice());
  }
}
