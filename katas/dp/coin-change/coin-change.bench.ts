import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './coin-change.ts';

/**
 * n = amount; the coins stay [6, 9, 20], so the O(amount · coins) reference grows linearly in n.
 *
 * A recursion without memo calls itself once per coin that fits, so its calls grow like x^n with
 * x⁻⁶ + x⁻⁹ + x⁻²⁰ = 1, x ≈ 1.116 per unit of amount, whatever the answer is. Small coins such as
 * [1, 2, 5] would grow faster (≈ 1.8 per unit) and put the recursion out of reach past an amount
 * of ~30, where the reference takes a fraction of a microsecond and its time is mostly fixed call
 * overhead, so its linear growth could not be seen. With [6, 9, 20], from 40 to 148 (linear sizes,
 * step 6) the recursion goes from microseconds to over a hundred milliseconds per call (under the
 * 1 s cap; past the harness's per-call budget near the top), its ratio to the reference doubling
 * about every 6 units. These coins also defeat greedy (amount 24: taking 20 first is stuck at 4,
 * while 6 + 9 + 9 works) and leave some small amounts unpayable (43 is the largest).
 */
export default defineBench<typeof Kata, { coins: number[]; amount: number }>({
  n: 'amount (coins fixed at [6, 9, 20])',
  sizes: { kind: 'linear', values: Array.from({ length: 19 }, (_, i) => 40 + 6 * i) },
  inputName: 'coins [6, 9, 20], small amounts',
  input: (n) => ({ coins: [6, 9, 20], amount: n }),
  families: [
    {
      name: 'large amounts',
      exposes: 'O(amount²) DPs (splitting every amount at every point, visited lists scanned with includes)',
      // Doubling amounts up to the 10⁴ limit, same coins: out of reach for the plain recursion,
      // but a quadratic solution's ratio to the linear reference doubles with every size.
      sizes: { kind: 'doubling', minN: 64, maxN: 10_000 },
      input: (n) => ({ coins: [6, 9, 20], amount: n }),
    },
  ],
  run: (impl, { coins, amount }) => impl.minCoins(coins, amount),
  answersAgree: sameAnswer,
});
