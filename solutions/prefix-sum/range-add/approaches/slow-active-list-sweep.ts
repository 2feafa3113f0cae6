/**
 * slow: a sweep over the indices that keeps the updates covering the current index in an "active" array: updates starting here are pushed, updates that ended are removed with `indexOf` + `splice`, and a running sum of the active deltas gives each value.
 * time: O(n + u) for the sweep and the running sum, plus O(a) per removal for a active updates: O(n + u·a), which is O(n·u) = O(n²) when the ranges all overlap (the bench: every range covers the middle three quarters).
 * exposed by: many long, overlapping ranges (the bench's input already shows it); short disjoint ranges keep the active list tiny.
 *
 * A sweep line is the right idea and the running sum is O(1); the set of active updates is kept
 * in the wrong structure. Removing an arbitrary element from an array is a linear search plus a
 * shift, done once per update; the sweep never needed to know which updates are active at all,
 * only how much the total changes at each index.
 */
export function applyRangeAdds(length: number, updates: readonly (readonly [number, number, number])[]): number[] {
  const startsAt: number[][] = Array.from({ length }, () => []);
  const endsAt: number[][] = Array.from({ length }, () => []);
  updates.forEach(([start, end], u) => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end >= length) {
      throw new RangeError(`Expected integers 0 <= start <= end < ${length}, got [${start}, ${end}].`);
    }
    startsAt[start]!.push(u);
    endsAt[end]!.push(u);
  });
  const active: number[] = [];
  let running = 0;
  const values = new Array<number>(length);
  for (let i = 0; i < length; i++) {
    for (const u of startsAt[i]!) {
      active.push(u);
      running += updates[u]![2];
    }
    values[i] = running;
    for (const u of endsAt[i]!) {
      active.splice(active.indexOf(u), 1); // O(active) search and shift
      running -= updates[u]![2];
    }
  }
  return values;
}
