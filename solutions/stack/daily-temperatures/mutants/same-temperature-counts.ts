// Mutant: pops while the waiting day is `<=` the current one, so a day of the same temperature
// ends the wait: [20, 20, 21] gives [1, 1, 0].
export function daysUntilWarmer(temps: readonly number[]): number[] {
  const result = new Array<number>(temps.length).fill(0);
  const waiting: number[] = [];
  for (let j = 0; j < temps.length; j++) {
    while (waiting.length > 0 && temps[waiting[waiting.length - 1]!]! <= temps[j]!) {
      const i = waiting.pop()!;
      result[i] = j - i;
    }
    waiting.push(j);
  }
  return result;
}
