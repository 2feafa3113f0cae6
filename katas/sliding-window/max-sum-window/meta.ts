import { defineKata } from '#kit';

export default defineKata({
  title: 'Max Sum Window',
  difficulty: 'easy',
  target: { class: 'n' },
  space: { class: '1', text: 'O(1)', advice: 'keep the running sum and the best so far, not a list of sums' },
  domain: { nums: { kind: 'integer' } },
  hints: [
    'The target is O(n) whatever k is: one pass, constant work per element. Summing each of the n − k + 1 windows from scratch is O(n·k), quadratic when k = n/2.',
    'Two neighbouring windows share k − 1 elements. Moving the window one step right changes its sum by exactly two elements: what enters and what leaves.',
    'Sum the first k elements once. Then for i from k to n − 1 add `nums[i]` and subtract `nums[i - k]`, updating the best after every step. Start the best at the first window\'s sum, not at 0, and validate k before anything else.',
  ],
  notes: {
    asked: [
      'The entry question for fixed-size sliding windows. Interviewers expect the brute force first, then the observation that consecutive windows overlap, then the running sum.',
      'Follow-ups: return the window\'s start index too; the average instead of the sum (same algorithm, divide once at the end); the longest window whose sum stays under a limit (a variable-size window, which needs non-negative values).',
      'Be ready to argue correctness: after step i the running sum equals the window ending at i, by induction.',
    ],
    traps: [
      'Starting the best at 0: when every window sum is negative the answer is wrongly 0.',
      'An off-by-one in the loop bound that skips the last window, or subtracts `nums[i - k + 1]` instead of `nums[i - k]`.',
      'Not validating k: `k > nums.length` quietly sums `undefined` into NaN, and `k = 0` returns 0.',
      'Using prefix sums is fine (also O(n)) but costs O(n) extra memory that the running sum avoids.',
    ],
    production: [
      'Rolling metrics (requests in the last 60 seconds, revenue over the last 7 days) keep a running total and adjust it as buckets enter and leave the window instead of re-summing.',
      'Time-series databases and stream processors (Prometheus range functions, Flink and Kafka Streams windowed aggregations) compute tumbling and sliding window sums the same way, per key.',
    ],
  },
});
