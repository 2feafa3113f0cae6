/**
 * optimal: the (items + 1) × (capacity + 1) table, each row filled left to right from the row above
 * into a new row, only the last two kept. Time O(n·capacity), n = items: one O(1) cell per (item,
 * capacity) pair; O(capacity) memory live, though a new row is allocated per item (a separate row
 * is what lets it run in increasing capacity without reusing an item). The space verdict counts
 * the dropped rows until a GC frees them (harness/engine/space/measure.ts), so this approach is not
 * declared space-heavy although it reads like the whole table.
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
