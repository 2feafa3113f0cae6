/**
 * optimal: walk from the last day back, keeping a typed-array stack of the days that can still be someone's next warmer day.
 * Time: O(n), n = temps.length: each day is pushed once and popped at most once; O(n) memory.
 *
 * The reference walks forward and stacks the days still waiting for an answer; this walks
 * backward and stacks the candidate answers. Invariant: before day i, the stack holds, nearest
 * on top, the later days that are warmer than every day between them and i. A candidate no
 * warmer than day i can never answer a day further left (day i is nearer and at least as warm),
 * so it is popped for good; what remains on top is day i's answer.
 */
export function daysUntilWarmer(temps: readonly number[]): number[] {
  const n = temps.length;
  const result = new Array<number>(n).fill(0);
  const candidates = new Int32Array(n);
  let top = 0; // number of candidates on the stack
  for (let i = n - 1; i >= 0; i--) {
    const t = temps[i]!;
    while (top > 0 && temps[candidates[top - 1]!]! <= t) top--;
    if (top > 0) result[i] = candidates[top - 1]! - i;
    candidates[top++] = i;
  }
  return result;
}
