import { defineKata } from '#kit';

export default defineKata({
  title: 'Minimum Ship Capacity',
  difficulty: 'medium',
  target: { class: 'n log n', text: 'O(n log(sum)), sum = total weight' },
  domain: { weights: { kind: 'integer', min: 1 } },
  hints: [
    'The target is O(n log(sum)): you may simulate the loading (O(n)) only about log2(sum) times.',
    'Given a capacity, counting the days it needs is easy: walk the weights once, start a new day whenever the next package would overflow the current one. And the count can only go down as the capacity goes up.',
    'So "ships within `days`" is false for small capacities and true from some capacity on: you are looking for the first true of a monotone predicate. The answer lies between max(weights) (below that, the heaviest package never fits) and sum(weights) (everything in one day).',
    'Binary-search capacities in [max, sum] with a half-open loop: if the capacity fits in `days`, it may be the answer (`hi = mid`), else `lo = mid + 1`. Validate first: `Number.isInteger(days) && days >= 1`, else RangeError. Compute max and sum with a loop (spreading a huge array into `Math.max` can overflow the call stack); with no weights, both are 0 and so is the answer.',
  ],
  notes: {
    asked: [
      'Interviewers use this problem to see whether you recognise "binary search on the answer": there is no sorted array, but the feasibility check is monotone in the capacity.',
      'They expect the search bounds with reasons (max weight: the heaviest package must fit; total weight: one day always suffices) and the cost: O(n) per check, O(log(sum)) checks.',
      'Follow-ups: split an array into k parts minimising the largest sum (the same problem); Koko eating bananas (minimum speed); the check itself is greedy, be ready to argue why greedy loading is optimal for a fixed capacity.',
    ],
    traps: [
      'Starting the search at 1 (or 0) instead of the heaviest package, with a day counter that lets a package heavier than the capacity through.',
      'Counting days from 0 instead of 1, or forgetting the last partly loaded day.',
      'Using `>=` where `>` belongs when deciding whether the next package overflows: a day may be filled exactly to capacity.',
      'Sorting the weights: the packages ship in order, so sorting changes the problem (and mutates the input).',
      'Accepting days = 0 or a fractional number of days instead of throwing the RangeError.',
    ],
    production: [
      'Batching: the smallest batch size (or byte limit) that flushes a queue of ordered messages within a deadline, for Kafka producers or bulk database inserts.',
      'Capacity planning picks the smallest instance size or worker count that finishes a nightly pipeline within its window, by searching over a monotone "does it fit" simulation.',
      'Splitting an ordered log or table into a fixed number of contiguous shards with balanced sizes is the same search, with the shard count in place of days.',
    ],
  },
});
