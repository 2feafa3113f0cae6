// Mutant: the endpoint sweep with starts and ends copied into Int32Arrays (which sort as
// numbers): fractions truncate and values of 2^31 or more wrap, [[0.25, 0.5], [0.75, 1]] gives
// [[0, 1]] instead of [[0.25, 0.5], [0.75, 1]].
export function mergeIntervals(intervals: readonly (readonly [number, number])[]): [number, number][] {
  const starts = Int32Array.from(intervals, (iv) => iv[0]).sort();
  const ends = Int32Array.from(intervals, (iv) => iv[1]).sort();
  const merged: [number, number][] = [];
  let open = 0;
  let openedAt = 0;
  let i = 0;
  let j = 0;
  while (j < ends.length) {
    if (i < starts.length && starts[i]! <= ends[j]!) {
      if (open === 0) openedAt = starts[i]!;
      open++;
      i++;
    } else {
      open--;
      if (open === 0) merged.push([openedAt, ends[j]!]);
      j++;
    }
  }
  return merged;
}
