/**
 * slow: finds each position's partner in O(1) with a count Map, but avoids reporting a pair twice by searching the result list with `some` before every push.
 * Time: O(n·p) for p pairs found (p is about 0.15·n on the bench), so O(n²); n = amounts.length.
 * exposed by: any input with many distinct pairs, e.g. the bench's random amounts in [−n, n].
 */
export function pairSums(amounts: readonly number[], target: number): [number, number][] {
  const counts = new Map<number, number>();
  for (const value of amounts) counts.set(value, (counts.get(value) ?? 0) + 1);

  const result: [number, number][] = [];
  for (const value of amounts) {
    const partner = target - value;
    const needed = partner === value ? 2 : 1;
    if ((counts.get(partner) ?? 0) < needed) continue;
    const a = Math.min(value, partner);
    // A linear search of everything reported so far, once per position.
    if (!result.some(([x]) => x === a)) result.push([a, target - a]);
  }
  return result.sort((p, q) => p[0] - q[0]);
}
