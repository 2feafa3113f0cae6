import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './sliding-window-limiter.ts';

/**
 * Folds one result (an integer) into the running digest. Each step is a bijection of the digest
 * for a given result and of the result for a given digest, so one different result anywhere
 * always changes the final digest; several leave it unchanged only by a 1-in-2^32 coincidence.
 */
function mix(digest: number, result: number): number {
  return Math.imul(digest ^ result, 0x01000193);
}

/** Request i comes from client `names[keys[i]]`; the clock moves 1 ms before each request. */
interface Input {
  limit: number;
  windowMs: number;
  names: string[];
  keys: Int32Array;
}

/**
 * n = number of calls, over 4 keys, with `limit` = n so that every request is allowed, and a
 * window of n / 4 ms while the clock moves 1 ms per call: each key's window holds up to n / 16
 * timestamps and older ones keep leaving it. A limiter that keeps every allowed timestamp ever and
 * filters them on each call pays O(n) per call, O(n²) in total.
 * The families keep limit = n (every request allowed): one key whose window holds n / 2
 * timestamps, and n / 2 clients calling twice each within one window.
 */
export default defineBench<typeof Kata, Input>({
  n: 'calls',
  inputName: '4 keys, window of n / 4 ms',
  input: (n, rng) => {
    const keys = new Int32Array(n);
    for (let i = 0; i < n; i++) keys[i] = rng.int(0, 3);
    return { limit: n, windowMs: Math.max(1, n >> 2), names: ['k0', 'k1', 'k2', 'k3'], keys };
  },
  families: [
    {
      name: 'one key, window of n / 2 ms',
      exposes: 'a queue of timestamps dropped with shift() (each one moves the whole window)',
      // V8 drops the front of an array in place up to ~16k elements and copies the rest beyond:
      // a shift() queue only shows its cost from there on, so this family starts at 8 192 calls.
      sizes: { kind: 'doubling', minN: 8192 },
      input: (n) => ({ limit: n, windowMs: Math.max(1, n >> 1), names: ['k0'], keys: new Int32Array(n) }),
    },
    {
      name: 'n / 2 clients calling twice each',
      exposes: 'per-key work proportional to the limit, or a sweep over every key on each call',
      input: (n, rng) => {
        const clients = Math.max(1, n >> 1);
        const names = Array.from({ length: clients }, (_, i) => `client-${i}`);
        const order = rng.shuffle(Array.from({ length: n }, (_, i) => Math.min(i >> 1, clients - 1)));
        return { limit: n, windowMs: n, names, keys: Int32Array.from(order) };
      },
    },
  ],
  run: (impl, { limit, windowMs, names, keys }) => {
    let time = 0;
    const limiter = new impl.SlidingWindowLimiter({ limit, windowMs, now: () => time });
    // Every answer is folded into one number, in order (a count of allowed calls would let a
    // wrong refusal and a wrong allowance that cancel out through).
    let digest = 0;
    for (let i = 0; i < keys.length; i++) {
      time++;
      digest = mix(digest, limiter.allow(names[keys[i]!]!) ? 1 : 0);
    }
    return digest;
  },
  // One right answer per call (the clock is exact integers): the digests are equal.
  answersAgree: sameAnswer,
});
