// Mutant: after an intersection it advances both pointers, so an interval that meets several
// intervals of the other list only reports the first: [[0, 10]] with [[2, 3], [5, 7]] gives
// [[2, 3]].
export function intersectIntervals(
  a: readonly (readonly [number, number])[],
  b: readonly (readonly [number, number])[],
): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]![0], b[j]![0]);
    const end = Math.min(a[i]![1], b[j]![1]);
    if (start <= end) {
      out.push([start, end]);
      i++;
      j++;
    } else if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return out;
}
