import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './ttl-cache.ts';

/**
 * Folds one result (an integer) into the running digest. Each step is a bijection of the digest
 * for a given result and of the result for a given digest, so one different result anywhere
 * always changes the final digest; several leave it unchanged only by a 1-in-2^32 coincidence.
 */
function mix(digest: number, result: number): number {
  return Math.imul(digest ^ result, 0x01000193);
}

/**
 * `keys[i]` and `ttls[i]` are the i-th set; the clock moves 1 ms before each one. With `gauge`,
 * `size` is also read after every set, the way a metrics gauge is polled on each request.
 */
interface Input {
  keys: Int32Array;
  ttls: Int32Array;
  gauge: boolean;
}

/**
 * n = number of operations: n sets on random keys from [0, n), each followed by a
 * `purgeExpired()`. TTLs lie between n/2 and n ms while the clock moves 1 ms per set, so most
 * entries are still live at every purge and some expire along the way. A cache that scans every
 * stored entry to purge pays O(n) per purge, O(n²) in total.
 * The families keep the n sets and purges: one hot key re-set over n/2 live entries while `size`
 * is polled, and TTLs that shrink so that every new deadline is the earliest one.
 */
export default defineBench<typeof Kata, Input>({
  n: 'operations (sets, each followed by a purge)',
  inputName: 'random keys and TTLs',
  input: (n, rng) => {
    const keys = new Int32Array(n);
    const ttls = new Int32Array(n);
    const minTtl = Math.max(1, n >> 1);
    for (let i = 0; i < n; i++) {
      keys[i] = rng.int(0, n - 1);
      ttls[i] = rng.int(minTtl, Math.max(minTtl, n));
    }
    return { keys, ttls, gauge: false };
  },
  families: [
    {
      // n/2 distinct keys that stay live, then n/2 sets of one hot key whose deadline is always
      // the latest; `size` is read after every set.
      name: 'one hot key over many live entries, size polled',
      exposes: 'a replaced entry searched for in the heap, or size counted by walking every entry',
      input: (n, rng) => {
        const keys = new Int32Array(n);
        const ttls = new Int32Array(n);
        const half = n >> 1;
        for (let i = 0; i < n; i++) {
          keys[i] = i < half ? i : n;
          ttls[i] = i < half ? rng.int(n, 2 * n) : 3 * n;
        }
        return { keys, ttls, gauge: true };
      },
    },
    {
      name: 'shrinking TTLs (every new deadline the earliest)',
      exposes: 'deadlines kept in a sorted array with splice (every insert at the front)',
      // A splice is a fast memory move: it outweighs a heap push only past a few thousand
      // entries, so this family starts at 2 048 operations.
      sizes: { kind: 'doubling', minN: 2048 },
      input: (n, rng) => {
        const keys = new Int32Array(n);
        const ttls = new Int32Array(n);
        for (let i = 0; i < n; i++) {
          keys[i] = rng.int(0, n - 1);
          ttls[i] = 2 * (n - i) + n;
        }
        return { keys, ttls, gauge: false };
      },
    },
  ],
  run: (impl, { keys, ttls, gauge }) => {
    let time = 0;
    const cache = new impl.TTLCache<number, number>({ ttlMs: 1000, now: () => time });
    // Every result is folded into one number, in order: what each purge returned, each `size`
    // read, and the final size (a plain sum would let two wrong counts that cancel out through).
    let digest = 0;
    for (let i = 0; i < keys.length; i++) {
      time++;
      cache.set(keys[i]!, i, ttls[i]!);
      digest = mix(digest, cache.purgeExpired());
      if (gauge) digest = mix(digest, cache.size);
    }
    return mix(digest, cache.size);
  },
  // One right result per operation (the clock is exact integers): the digests are equal.
  answersAgree: sameAnswer,
});
