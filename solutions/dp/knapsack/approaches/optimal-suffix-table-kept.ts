/**
 * optimal: a full table over (first item still to decide, capacity left), filled from the last item back to the first.
 * Time O(n·capacity), n = items: one O(1) cell per (item, capacity) pair, the target.
 * space-heavy: keeps all n + 1 rows, O(n·capacity), where one row of capacity + 1 values is enough (target O(capacity)).
 *
 * best[i][c] = the largest value the items i, i + 1, … can add within capacity c: item i is left
 * out (best[i + 1][c]) or, when it fits, put in on top of best[i + 1][c − weight]. best[n][c] = 0.
 */
export function knapsack(items: readonly { weight: number; value: number }[], capacity: number): number {
  const count = items.length;
  const best: number[][] = new Array(count + 1);
  best[count] = new Array<number>(capacity + 1).fill(0);
  for (let i = count - 1; i >= 0; i--) {
    const { weight, value } = items[i]!;
    const next = best[i + 1]!;
    const row: number[] = [];
    for (let c = 0; c <= capacity; c++) {
      const skip = next[c]!;
      row.push(c >= weight && next[c - weight]! + value > skip ? next[c - weight]! + value : skip);
    }
    best[i] = row;
  }
  return best[0]![capacity]!;
}
