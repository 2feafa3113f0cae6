/**
 * Brute force: for every item, try leaving it and (if it still fits) taking it, recursively, and
 * keep the better total. Correct, and the first answer in an interview, but it explores up to
 * 2^n subsets: when most subsets fit, nearly every branch is taken.
 */
export function knapsack(items: readonly { weight: number; value: number }[], capacity: number): number {
  const best = (i: number, room: number): number => {
    if (i === items.length) return 0;
    const { weight, value } = items[i]!;
    const without = best(i + 1, room);
    if (weight > room) return without;
    return Math.max(without, value + best(i + 1, room - weight));
  };
  return best(0, capacity);
}
