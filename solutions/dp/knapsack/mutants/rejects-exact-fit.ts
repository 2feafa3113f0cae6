// Mutant: requires the weight to be strictly below the room left, so a set that fills the bag exactly is rejected.
export function knapsack(items: readonly { weight: number; value: number }[], capacity: number): number {
  const best = (i: number, room: number): number => {
    if (i === items.length) return 0;
    const { weight, value } = items[i]!;
    const without = best(i + 1, room);
    if (weight >= room) return without;
    return Math.max(without, value + best(i + 1, room - weight));
  };
  return best(0, capacity);
}
