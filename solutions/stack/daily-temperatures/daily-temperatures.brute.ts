/**
 * Brute force: from every day, walk forward until a strictly warmer day appears. Correct, and
 * the answer to state first, but O(n²): when temperatures only fall, every walk reaches the end.
 */
export function daysUntilWarmer(temps: readonly number[]): number[] {
  const result: number[] = [];
  for (let i = 0; i < temps.length; i++) {
    let wait = 0;
    for (let j = i + 1; j < temps.length; j++) {
      if (temps[j]! > temps[i]!) {
        wait = j - i;
        break;
      }
    }
    result.push(wait);
  }
  return result;
}
