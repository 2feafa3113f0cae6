/** Brute force: keep distinct values in an array and scan it for each value, O(n²) on distinct input. */
export function templateKata(values: readonly number[]): number {
  const distinct: number[] = [];
  for (const value of values) if (!distinct.includes(value)) distinct.push(value);
  return distinct.length;
}
