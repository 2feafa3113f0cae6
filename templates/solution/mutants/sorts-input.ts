// Mutant: sorts the caller's array in place to count runs.
export function templateKata(values: readonly number[]): number {
  const sorted = (values as number[]).sort((a, b) => a - b);
  let count = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || !Object.is(sorted[i], sorted[i - 1])) count++;
  return count;
}
