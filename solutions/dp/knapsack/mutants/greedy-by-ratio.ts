// Mutant: takes items greedily by value per unit of weight, which is only right for the fractional problem.
export function knapsack(items: readonly { weight: number; value: number }[], capacity: number): number {
  const order = [...items].sort((a, b) => b.value / b.weight - a.value / a.weight);
  let room = capacity;
  let total = 0;
  for (const { weight, value } of order) {
    if (weight <= room) {
      room -= weight;
      total += value;
    }
  }
  return total;
}
