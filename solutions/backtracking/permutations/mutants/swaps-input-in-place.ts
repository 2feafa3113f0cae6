// Mutant: swaps the caller's array in place (and swaps back, so it "looks" untouched afterwards):
// a read-only input is still written to, and a frozen one throws.
export function permutations(nums: readonly number[]): number[][] {
  const work = nums as number[];
  const result: number[][] = [];
  const permute = (start: number): void => {
    if (start === work.length) {
      result.push([...work]);
      return;
    }
    for (let i = start; i < work.length; i++) {
      [work[start], work[i]] = [work[i]!, work[start]!];
      permute(start + 1);
      [work[start], work[i]] = [work[i]!, work[start]!];
    }
  };
  permute(0);
  return result;
}
