// Mutant: the in-place swap version that forgets to swap back after the recursive call, so later
// branches start from a scrambled array: duplicates appear and some orderings are missed.
export function permutations(nums: readonly number[]): number[][] {
  const work = [...nums];
  const result: number[][] = [];
  const permute = (start: number): void => {
    if (start === work.length) {
      result.push([...work]);
      return;
    }
    for (let i = start; i < work.length; i++) {
      [work[start], work[i]] = [work[i]!, work[start]!];
      permute(start + 1);
    }
  };
  permute(0);
  return result;
}
