// Mutant: records the number of days strictly between the two days (`j - i - 1`) instead of the
// distance `j - i`.
export function daysUntilWarmer(temps: readonly number[]): number[] {
  const result = new Array<number>(temps.length).fill(0);
  const waiting: number[] = [];
  for (let j = 0; j < temps.length; j++) {
    while (waiting.length > 0 && temps[waiting[waiting.length - 1]!]! < temps[j]!) {
      const i = waiting.pop()!;
      result[i] = j - i - 1;
    }
    waiting.push(j);
  }
  return result;
}
