import { defineKata } from '#kit';

export default defineKata({
  title: '0/1 Knapsack',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(n·capacity); bench capacity fixed, n = items' },
  space: { class: '1', text: 'O(capacity)', advice: 'keep one row of capacity + 1 values, updated from high capacity to low' },
  domain: {
    capacity: { kind: 'integer', min: 0, max: 100_000 },
    weight: { kind: 'integer', min: 1 },
    value: { kind: 'integer', min: 0 },
  },
  hints: [
    'The target is O(n · capacity) time: for every item, constant work per possible capacity from 0 to `capacity`.',
    'Greedy choices (best value first, best value per weight first) fail; the example with capacity 50 shows why. Think instead about the last item: the best answer either leaves it out, or takes it and fills the remaining room optimally with the other items.',
    'Define best[i][c] = the best value using only the first i items with room c. Then best[i][c] = max(best[i-1][c], best[i-1][c - weight] + value) when the item fits, and the answer is best[n][capacity].',
    'One row is enough: keep `best[c]` for c = 0..capacity, and for each item update c from `capacity` DOWN to `weight`. Going down means `best[c - weight]` still comes from before this item, so no item is counted twice.',
  ],
  notes: {
    asked: [
      'Interviewers want the include/exclude recursion first, then the observation that (item index, remaining capacity) repeats, which turns it into a table.',
      'Expect to explain why the complexity O(n · capacity) is "pseudo-polynomial": it grows with the numeric value of the capacity, not the size of the input.',
      'Follow-ups: return the chosen items (walk the table backwards), unbounded supply (iterate capacities upward), very large capacities with small values (index the table by value instead), or a fractional knapsack (where greedy is correct).',
    ],
    traps: [
      'Updating the one-row table from low to high capacity: an item is then taken again and again, which solves the unbounded knapsack instead.',
      'Sorting by value per weight and taking greedily: optimal only for the fractional problem.',
      'Using `<` instead of `<=` against the capacity, so a set that fills the bag exactly is rejected.',
      'Sorting the caller\'s items in place to prepare a greedy or a pruning search.',
    ],
    production: [
      'Picking which jobs, ads or cache entries to fit into a fixed budget of CPU, screen space or memory is a knapsack; schedulers and batch planners use this DP or its approximations.',
      'Container and VM placement starts from bin packing and knapsack; at data-centre scale it runs as heuristics, with the exact DP used on small per-host subproblems.',
    ],
  },
});
