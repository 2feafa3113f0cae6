// Mutant: advances the pointer of the interval that ends LATER, so a long interval is dropped
// while it could still meet later intervals of the other list:
// [[0, 10]] with [[2, 3], [5, 7]] gives only [[2, 3]].
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
    if (start <= end) out.push([start, end]);
    if (a[i]![1] > b[j]![1]) i++;
    else j++;
  }
  return out;
}
