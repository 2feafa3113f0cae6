/**
 * optimal: buckets the updates by the index where they start and by the index just past their end (linked lists in typed arrays, a counting-sort layout), then sweeps the indices once with a running total that adds the deltas starting there and drops those that ended.
 * time: O(n + u): one pass to validate and bucket the updates, one sweep over the indices that touches each update twice.
 *
 * The same quantity as the reference's difference array (how much the value changes at each
 * index) but kept as events: for every index, the list of updates that open and the list that
 * close there. Each list is a chain through a `next` array, so no per-index array is allocated.
 * The sweep only ever needs the sum of the open deltas, never the set of open updates.
 */
export function applyRangeAdds(length: number, updates: readonly (readonly [number, number, number])[]): number[] {
  const u = updates.length;
  const openHead = new Int32Array(length).fill(-1);
  const closeHead = new Int32Array(length + 1).fill(-1); // index `length` collects ranges that run to the end
  const openNext = new Int32Array(u);
  const closeNext = new Int32Array(u);
  for (let k = 0; k < u; k++) {
    const [start, end] = updates[k]!;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end >= length) {
      throw new RangeError(`Expected integers 0 <= start <= end < ${length}, got [${start}, ${end}].`);
    }
    openNext[k] = openHead[start]!;
    openHead[start] = k;
    closeNext[k] = closeHead[end + 1]!;
    closeHead[end + 1] = k;
  }
  const result = new Array<number>(length);
  let running = 0;
  for (let i = 0; i < length; i++) {
    for (let k = closeHead[i]!; k !== -1; k = closeNext[k]!) running -= updates[k]![2];
    for (let k = openHead[i]!; k !== -1; k = openNext[k]!) running += updates[k]![2];
    result[i] = running;
  }
  return result;
}
