/**
 * Reference: one forward pass with a monotonic stack of the days still waiting for a warmer one.
 *
 * Invariant: before day j, `waiting` holds, bottom to top, every earlier day with no warmer day
 * yet, and their temperatures never rise from bottom to top (a colder day above a warmer one
 * would have been answered by it). So day j answers exactly the waiting days colder than it, and
 * they are all on top: pop them and record the distance, then push j. Days never popped keep 0.
 *
 * Complexity: O(n) time, since each day is pushed once and popped at most once; O(n) extra memory
 * for the stack when temperatures only fall.
 */
export function daysUntilWarmer(temps: readonly number[]): number[] {
  const result = new Array<number>(temps.length).fill(0);
  const waiting: number[] = [];
  for (let j = 0; j < temps.length; j++) {
    const t = temps[j]!;
    while (waiting.length > 0 && temps[waiting[waiting.length - 1]!]! < t) {
      const i = waiting.pop()!;
      result[i] = j - i;
    }
    waiting.push(j);
  }
  return result;
}
