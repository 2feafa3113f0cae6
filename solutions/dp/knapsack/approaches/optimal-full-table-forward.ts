/**
 * optimal: the full (items + 1) × (capacity + 1) table, each row filled left to right from the row above.
 * Time O(n·capacity), n = items: one O(1) cell per (item, capacity) pair; O(n·capacity) memory,
 * which is what lets the row be filled in increasing capacity without reusing an item.
 *
 * table[i][c] = best value using the first i items within weight c; an item is either skipped
 * (table[i-1][c]) or taken once on top of table[i-1][c - weight].
 */
export function knapsack(items: readonly { weight: number; value: number }[], capacity: number): number {
  let above = new Float64Array(capacity + 1);
  for (const item of items) {
    const row = new Float64Array(capacity + 1);
    for (let c = 0; c <= capacity; c++) {
      const skip = above[c]!;
      const take = item.weight <= c ? above[c - item.weight]! + item.value : -1;
      row[c] = take > skip ? take : skip;
    }
    above = row;
  }
  return above[capacity]!;
}
