// Mutant: copied from next-greater, it starts every answer at -1, so a day that is never
// followed by a warmer one gets -1 instead of 0.
export function daysUntilWarmer(temps: readonly number[]): number[] {
  const result = new Array<number>(temps.length).fill(-1);
  const waiting: number[] = [];
  for (let j = 0; j < temps.length; j++) {
    while (waiting.length > 0 && temps[waiting[waiting.length - 1]!]! < temps[j]!) {
      const i = waiting.pop()!;
      result[i] = j - i;
    }
    waiting.push(j);
  }
  return result;
}
