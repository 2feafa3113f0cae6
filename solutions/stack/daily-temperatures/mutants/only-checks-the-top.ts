// Mutant: uses `if` instead of `while`, so a warm day answers only the most recent waiting day
// and leaves the colder days below it waiting: [10, 3, 2, 11] gives [0, 0, 1, 0].
export function daysUntilWarmer(temps: readonly number[]): number[] {
  const result = new Array<number>(temps.length).fill(0);
  const waiting: number[] = [];
  for (let j = 0; j < temps.length; j++) {
    if (waiting.length > 0 && temps[waiting[waiting.length - 1]!]! < temps[j]!) {
      const i = waiting.pop()!;
      result[i] = j - i;
    }
    waiting.push(j);
  }
  return result;
}
