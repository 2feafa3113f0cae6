// Mutant: checks only that the partner value occurs, so a value that occurs once pairs with
// itself when the target is twice that value (`[3, 4]` with target 6 gives `[[3, 3]]`).
export function pairSums(amounts: readonly number[], target: number): [number, number][] {
  const seen = new Set(amounts);
  const values = [...seen].sort((x, y) => x - y);
  const pairs: [number, number][] = [];
  for (const a of values) {
    const b = target - a;
    if (a <= b && seen.has(b)) pairs.push([a, b]);
  }
  return pairs;
}
