/**
 * slow: the monotonic stack of waiting days, but popped immutably with `waiting = waiting.slice(0, -1)`.
 * Time: O(n + Σ stack size at each pop), O(n²) in the worst case, n = temps.length; O(n) when
 * days are never answered (nothing is popped) or are answered while the stack is short.
 * exposed by: temperatures that fall for n - 1 days and then one day warmer than all of them:
 *   that day pops the whole stack, copying it once per pop (n²/2 element copies).
 *
 * Every step is the reference's algorithm; only the pop re-copies the array, a habit from
 * immutable-state code. The bench's falling temperatures push every day and never pop.
 */
export function daysUntilWarmer(temps: readonly number[]): number[] {
  const result = new Array<number>(temps.length).fill(0);
  let waiting: number[] = [];
  for (let j = 0; j < temps.length; j++) {
    const t = temps[j]!;
    while (waiting.length > 0 && temps[waiting[waiting.length - 1]!]! < t) {
      const i = waiting[waiting.length - 1]!;
      result[i] = j - i;
      waiting = waiting.slice(0, -1);
    }
    waiting.push(j);
  }
  return result;
}
