/**
 * slow: indexes the positions of every value, then for each position checks "a partner at a different position" by filtering the partner's whole position list.
 * Time: O(n + Σ_v count(v)·count(target − v)) plus a sort of the pairs: O(n log n) when values rarely repeat, O(n²) when a value and its partner fill the array; n = amounts.length.
 * exposed by: many copies of target/2 (e.g. every amount 3, target 6), or half the array x and half target − x; the bench's counts are tiny (about 0.5 per value), so it hides it.
 */
export function pairSums(amounts: readonly number[], target: number): [number, number][] {
  const positions = new Map<number, number[]>();
  for (let i = 0; i < amounts.length; i++) {
    const list = positions.get(amounts[i]!);
    if (list) list.push(i);
    else positions.set(amounts[i]!, [i]);
  }

  const smallerSides = new Set<number>();
  for (let i = 0; i < amounts.length; i++) {
    const value = amounts[i]!;
    const partner = target - value;
    // The costly line: a fresh filtered copy of the partner's positions, once per position of value.
    const elsewhere = (positions.get(partner) ?? []).filter((p) => p !== i);
    if (elsewhere.length > 0) smallerSides.add(Math.min(value, partner));
  }

  return [...smallerSides].sort((x, y) => x - y).map((a): [number, number] => [a, target - a]);
}
