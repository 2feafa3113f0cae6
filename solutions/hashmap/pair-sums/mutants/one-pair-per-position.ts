// Mutant: emits a pair every time a position completes one, so repeated values produce the
// same value pair several times (`[2, 2, 2]` with target 4 gives `[[2, 2], [2, 2]]`).
export function pairSums(amounts: readonly number[], target: number): [number, number][] {
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const value of amounts) {
    const partner = target - value;
    if (seen.has(partner)) pairs.push([Math.min(value, partner), Math.max(value, partner)]);
    seen.add(value);
  }
  return pairs.sort((p, q) => p[0] - q[0]);
}
