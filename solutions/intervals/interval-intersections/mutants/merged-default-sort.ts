// Mutant: puts both lists into one, sorts it with the default `.sort()` and sweeps it keeping the
// furthest end seen so far. The default sort compares the pairs as text ("10,11" before "2,9"),
// so [[2, 9], [10, 11]] with [[0, 20]] gives [[10, 11]] instead of [[2, 9], [10, 11]].
export function intersectIntervals(
  a: readonly (readonly [number, number])[],
  b: readonly (readonly [number, number])[],
): [number, number][] {
  // Within one list nothing overlaps, so whatever still reaches a start comes from the other list.
  const all = [...a, ...b].sort();
  const out: [number, number][] = [];
  let reach = -Infinity;
  for (const [start, end] of all) {
    if (start <= reach) out.push([start, end < reach ? end : reach]);
    if (end > reach) reach = end;
  }
  return out;
}
