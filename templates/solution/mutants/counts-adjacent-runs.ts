// Mutant: counts runs of equal neighbours, which is only right on sorted input.
export function templateKata(values: readonly number[]): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) count++;
  return count;
}
