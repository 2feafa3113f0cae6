import { defineKata } from '#kit';

export default defineKata({
  title: 'Coin Change',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(amount·coins); n = amount' },
  domain: {
    coins: { kind: 'integer', min: 1, max: 10_000 },
    amount: { kind: 'integer', min: 0, max: 10_000 },
  },
  hints: [
    'The target is O(amount · coins): for every amount from 1 up to `amount`, look at each coin once.',
    'Taking the largest coin first does not work: with coins [1, 3, 4] and amount 6, greedy pays 4 + 1 + 1 but 3 + 3 is better. Think about the last coin of an optimal answer instead: whatever it is, the coins before it pay the rest optimally.',
    'So fewest(a) = 1 + min over coins c <= a of fewest(a - c), with fewest(0) = 0. The plain recursion recomputes the same remainders exponentially often; each remainder only needs solving once.',
    'Fill an array `fewest` of length amount + 1 with Infinity, set `fewest[0] = 0`, and for a = 1..amount take the minimum of `fewest[a - c] + 1` over the coins that fit. Answer `fewest[amount]`, or -1 if it is still Infinity.',
  ],
  notes: {
    asked: [
      'Interviewers ask for the recursion, why it is exponential, and the bottom-up table; then why greedy is wrong in general (and right for "canonical" coin systems like 1, 5, 10, 25).',
      'Follow-ups: count the number of ways to pay (Coin Change II: loop coins outside amounts to avoid counting orders twice); return the coins used; a limited supply of each coin (bounded knapsack).',
      'Expect to explain the pseudo-polynomial complexity: the table grows with the value of the amount, not with the length of the input.',
    ],
    traps: [
      'Greedy by largest coin: fails on [1, 3, 4] for 6, and on [6, 9, 20] for 24 it finds no answer at all.',
      'Returning Infinity, or a huge sentinel such as amount + 1, instead of -1 for an amount that cannot be paid.',
      'Forgetting that amount 0 needs 0 coins, so the table must start from `fewest[0] = 0`.',
      'Looping so that each coin is used at most once (the 0/1 knapsack order), which answers a different question.',
    ],
    production: [
      'Payment and cash systems make change from a fixed set of denominations; vending machines and ATMs with limited stock run bounded variants of this DP.',
      'Resource packing with fixed unit sizes (instance types, batch sizes, package sizes) reduces to covering a quantity with the fewest units: the same table, often with costs instead of counts.',
    ],
  },
});
