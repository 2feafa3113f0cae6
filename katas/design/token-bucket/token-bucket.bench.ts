import { defineBench } from '#kit';
import type * as Kata from './token-bucket.ts';

/** Call i: the clock moves `waits[i]` ms, then `tryTake` (cost `costs[i]`) or `tokens` (cost 0) on `keys[i]`. */
interface Input {
  keys: string[];
  waits: Uint8Array;
  costs: Uint8Array;
}

/**
 * n = number of calls, on n / 8 distinct keys, the clock moving 0 to 3 ms before each call. The
 * rate is low enough that many requests are refused. A limiter that loops over every bucket
 * (to refill them all, say) pays O(keys) per call, O(n²) in total.
 */
export default defineBench<typeof Kata, Input>({
  n: 'calls',
  input: (n, rng) => {
    const names = Array.from({ length: Math.max(1, n >> 3) }, (_, i) => `client-${i}`);
    const keys: string[] = new Array(n);
    const waits = new Uint8Array(n);
    const costs = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      keys[i] = rng.pick(names);
      waits[i] = rng.int(0, 3);
      costs[i] = rng.int(0, 3);
    }
    return { keys, waits, costs };
  },
  run: (impl, { keys, waits, costs }) => {
    let time = 0;
    const limiter = new impl.TokenBucket({ capacity: 5, refillPerSecond: 2, now: () => time });
    let granted = 0;
    for (let i = 0; i < keys.length; i++) {
      time += waits[i]!;
      const cost = costs[i]!;
      if (cost === 0) granted += limiter.tokens(keys[i]!);
      else if (limiter.tryTake(keys[i]!, cost)) granted += cost;
    }
    return granted;
  },
});
