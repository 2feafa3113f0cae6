// Mutant: uses indexOf, which never finds NaN, so every NaN counts as new.
export function templateKata(values: readonly number[]): number {
  const distinct: number[] = [];
  for (const value of values) if (distinct.indexOf(value) < 0) distinct.push(value);
  return distinct.length;
}
