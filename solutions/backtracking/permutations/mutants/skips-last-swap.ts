// Mutant: the swap loop stops one index early (`i < length - 1`), so the last value is never
// moved to the front of a suffix and most orderings are missing.
export function permutations(nums: readonly number[]): number[][] {
  const work = [...nums];
  const result: number[][] = [];
  const permute = (start: number): void => {
    if (start >= work.length - 1) {
      result.push([...work]);
      return;
    }
    for (let i = start; i < work.length - 1; i++) {
      [work[start], work[i]] = [work[i]!, work[start]!];
      permute(start + 1);
      [work[start], work[i]] = [work[i]!, work[start]!];
    }
  };
  permute(0);
  return result;
}
