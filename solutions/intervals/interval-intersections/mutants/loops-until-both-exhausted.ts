// Mutant: loops while EITHER list has intervals left (`||` instead of `&&`), so once the shorter
// list runs out it reads a missing interval and throws a TypeError.
export function intersectIntervals(
  a: readonly (readonly [number, number])[],
  b: readonly (readonly [number, number])[],
): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const [aStart, aEnd] = a[i]!;
    const [bStart, bEnd] = b[j]!;
    const start = Math.max(aStart, bStart);
    const end = Math.min(aEnd, bEnd);
    if (start <= end) out.push([start, end]);
    if (aEnd < bEnd) i++;
    else j++;
  }
  return out;
}
