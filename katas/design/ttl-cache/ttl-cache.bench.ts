import { defineBench } from '#kit';
import type * as Kata from './ttl-cache.ts';

/** `keys[i]` and `ttls[i]` are the i-th set; the clock moves 1 ms before each one. */
interface Input {
  keys: Int32Array;
  ttls: Int32Array;
}

/**
 * n = number of operations: n sets on random keys from [0, n), each followed by a
 * `purgeExpired()`. TTLs lie between n/2 and n ms while the clock moves 1 ms per set, so most
 * entries are still live at every purge and some expire along the way. A cache that scans every
 * stored entry to purge pays O(n) per purge, O(n²) in total.
 */
export default defineBench<typeof Kata, Input>({
  n: 'operations (sets, each followed by a purge)',
  input: (n, rng) => {
    const keys = new Int32Array(n);
    const ttls = new Int32Array(n);
    const minTtl = Math.max(1, n >> 1);
    for (let i = 0; i < n; i++) {
      keys[i] = rng.int(0, n - 1);
      ttls[i] = rng.int(minTtl, Math.max(minTtl, n));
    }
    return { keys, ttls };
  },
  run: (impl, { keys, ttls }) => {
    let time = 0;
    const cache = new impl.TTLCache<number, number>({ ttlMs: 1000, now: () => time });
    let purged = 0;
    for (let i = 0; i < keys.length; i++) {
      time++;
      cache.set(keys[i]!, i, ttls[i]!);
      purged += cache.purgeExpired();
    }
    return purged + cache.size;
  },
});
