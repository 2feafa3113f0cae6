/**
 * Brute force: test every pair of positions, dedupe the matches by value, then sort.
 * Correct, and the first answer most candidates give, but O(n²) time: all n(n-1)/2 pairs are
 * examined whatever the input.
 */
export function pairSums(amounts: readonly number[], target: number): [number, number][] {
  const found = new Map<number, number>(); // smaller value -> larger value
  for (let i = 0; i < amounts.length; i++) {
    for (let j = i + 1; j < amounts.length; j++) {
      if (amounts[i]! + amounts[j]! === target) {
        const a = Math.min(amounts[i]!, amounts[j]!);
        found.set(a, target - a);
      }
    }
  }
  return [...found].sort((p, q) => p[0] - q[0]);
}
