// Mutant: sorts the distinct values with `.sort()` and no comparator, which orders numbers as
// strings: `-10` comes after `-9`, and `10` before `9`.
export function pairSums(amounts: readonly number[], target: number): [number, number][] {
  const counts = new Map<number, number>();
  for (const value of amounts) counts.set(value, (counts.get(value) ?? 0) + 1);
  const pairs: [number, number][] = [];
  for (const a of [...counts.keys()].sort()) {
    const b = target - a;
    if (a > b) continue;
    if ((counts.get(b) ?? 0) >= (a === b ? 2 : 1)) pairs.push([a, b]);
  }
  return pairs;
}
