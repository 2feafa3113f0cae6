import { defineBench } from '#kit';
import type * as Kata from './sliding-window-limiter.ts';

/** Request i comes from client `keys[i]`; the clock moves 1 ms before each request. */
interface Input {
  limit: number;
  windowMs: number;
  keys: Uint8Array;
}

/**
 * n = number of calls, over 4 keys, with `limit` = n so that every request is allowed, and a
 * window of n / 4 ms while the clock moves 1 ms per call: each key's window holds up to n / 16
 * timestamps and older ones keep leaving it. A limiter that keeps every allowed timestamp ever and
 * filters them on each call pays O(n) per call, O(n²) in total.
 */
export default defineBench<typeof Kata, Input>({
  n: 'calls',
  input: (n, rng) => {
    const keys = new Uint8Array(n);
    for (let i = 0; i < n; i++) keys[i] = rng.int(0, 3);
    return { limit: n, windowMs: Math.max(1, n >> 2), keys };
  },
  run: (impl, { limit, windowMs, keys }) => {
    let time = 0;
    const limiter = new impl.SlidingWindowLimiter({ limit, windowMs, now: () => time });
    const names = ['k0', 'k1', 'k2', 'k3'];
    let allowed = 0;
    for (let i = 0; i < keys.length; i++) {
      time++;
      if (limiter.allow(names[keys[i]!]!)) allowed++;
    }
    return allowed;
  },
});
