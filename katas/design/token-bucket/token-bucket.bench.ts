import { defineBench, type Rng } from '#kit';
import type * as Kata from './token-bucket.ts';

/**
 * Call i: the clock moves `waits[i]` ms, then `tryTake` (cost `costs[i]`) or `tokens` (cost 0) on
 * `keys[i]`, against buckets of `capacity` tokens refilling at `refillPerSecond`.
 */
interface Input {
  capacity: number;
  refillPerSecond: number;
  keys: string[];
  waits: Int32Array;
  costs: Int32Array;
}

/** n calls spread over n / 8 keys, the clock moving 0 to 3 ms before each; cost 0 means `tokens`. */
function manyKeys(n: number, rng: Rng, capacity: number, refillPerSecond: number, costUnit: number): Input {
  const names = Array.from({ length: Math.max(1, n >> 3) }, (_, i) => `client-${i}`);
  const keys: string[] = new Array(n);
  const waits = new Int32Array(n);
  const costs = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    keys[i] = rng.pick(names);
    waits[i] = rng.int(0, 3);
    costs[i] = rng.int(0, 3) * costUnit;
  }
  return { capacity, refillPerSecond, keys, waits, costs };
}

/**
 * n = number of calls, on n / 8 distinct keys, the clock moving 0 to 3 ms before each call. The
 * rate is low enough that many requests are refused. A limiter that loops over every bucket
 * (to refill them all, say) pays O(keys) per call, O(n²) in total.
 * The families: one hot key taking requests for a long time (its history grows with n), and the
 * same traffic as the bench's against a large quota that refills slowly (a bucket is never full
 * again, and the time between two calls of a key grows with n).
 */
export default defineBench<typeof Kata, Input>({
  n: 'calls',
  inputName: 'n / 8 keys, small buckets',
  input: (n, rng) => manyKeys(n, rng, 5, 2, 1),
  families: [
    {
      name: 'one hot key',
      exposes: 'per-key state rebuilt from the key\'s whole history of grants on every call',
      input: (n, rng) => {
        const keys: string[] = new Array(n).fill('client-0');
        const waits = new Int32Array(n);
        const costs = new Int32Array(n);
        for (let i = 0; i < n; i++) {
          waits[i] = rng.int(0, 1000);
          costs[i] = rng.int(0, 3);
        }
        return { capacity: 5, refillPerSecond: 2, keys, waits, costs };
      },
    },
    {
      name: 'large quota, slow refill (10^6 tokens, 1 per second)',
      exposes: 'refill simulated step by step over the elapsed time (a loop per millisecond)',
      input: (n, rng) => manyKeys(n, rng, 1_000_000, 1, 1000),
    },
  ],
  // Returns every call's result, in order: 1 or 0 for `tryTake`, the count for `tokens`. A single
  // number would not do: token counts are real numbers that correct solutions compute with
  // different rounding, and at an exact tie (a bucket holding exactly `cost` tokens) rounding may
  // go either way and every later result of that key follows it. So the check below replays the
  // calls instead of comparing with the reference's numbers.
  run: (impl, { capacity, refillPerSecond, keys, waits, costs }) => {
    let time = 0;
    const limiter = new impl.TokenBucket({ capacity, refillPerSecond, now: () => time });
    const results = new Float64Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      time += waits[i]!;
      const cost = costs[i]!;
      results[i] = cost === 0 ? limiter.tokens(keys[i]!) : limiter.tryTake(keys[i]!, cost) ? 1 : 0;
    }
    return results;
  },
  // Replays the calls against an exact model of the buckets, counted in thousandths of a token:
  // with integer waits, rate, costs and capacity (all this bench's inputs) refilling adds
  // `ms · refillPerSecond` thousandths, so the model holds integers and never rounds. Each
  // `tryTake` must be granted exactly when the model holds at least `cost` (at an exact tie
  // either answer is right and the model follows the answer, as the tests do), and each `tokens`
  // must be within 10^-6 of the model (the tests' tolerance, widened by 10^-12 of the count for
  // buckets of 10^6 tokens). The reference's answer is not needed: after a tie it may rightly
  // differ from this one.
  answersAgree: ({ capacity, refillPerSecond, keys, waits, costs }, answer) => {
    if (!(answer instanceof Float64Array) || answer.length !== keys.length) return false;
    const full = capacity * 1000;
    const level = new Map<string, { at: number; thousandths: number }>();
    let time = 0;
    for (let i = 0; i < keys.length; i++) {
      time += waits[i]!;
      const bucket = level.get(keys[i]!);
      const held = bucket === undefined ? full : Math.min(full, bucket.thousandths + (time - bucket.at) * refillPerSecond);
      const cost = costs[i]! * 1000;
      const got = answer[i]!;
      let after = held;
      if (cost === 0) {
        if (!(Math.abs(got * 1000 - held) <= 1e-3 + 1e-12 * held)) return false;
      } else {
        if (got !== 0 && got !== 1) return false;
        if (held !== cost && (got === 1) !== held > cost) return false;
        if (got === 1) after = held - cost;
      }
      level.set(keys[i]!, { at: time, thousandths: after });
    }
    return true;
  },
});
