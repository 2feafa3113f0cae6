import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './lru-cache.ts';

/**
 * Folds one result (an integer) into the running digest. Each step is a bijection of the digest
 * for a given result and of the result for a given digest, so one different result anywhere
 * always changes the final digest; several leave it unchanged only by a 1-in-2^32 coincidence.
 */
function mix(digest: number, result: number): number {
  return Math.imul(digest ^ result, 0x01000193);
}

/** One operation: 0 = set, 1 = get, 2 = has, 3 = delete; `keys[i]` is its key. */
interface Input {
  capacity: number;
  ops: Uint8Array;
  keys: Int32Array;
}

/**
 * n = number of operations on a cache of capacity n / 2. The first n / 2 operations fill it with
 * fresh keys; every later operation is a hit on a key drawn uniformly from the whole working set,
 * with an occasional `has`, which must not refresh anything. A brute force that keeps recency in
 * an array finds that key, on average, half-way along an array of n / 2 keys and moves it to one
 * end: O(capacity) = O(n) per operation, O(n²) in total, whichever end it keeps the oldest key at
 * and whichever way it searches.
 * The family is the README's traffic: after the fill, a fifth of the calls set fresh keys, so the
 * cache evicts all along; an eviction that scans or copies the entries pays O(capacity) each.
 */
export default defineBench<typeof Kata, Input>({
  n: 'operations',
  inputName: 'fill, then hits spread over the cache',
  input: (n, rng) => {
    const capacity = Math.max(1, n >> 1);
    const ops = new Uint8Array(n);
    const keys = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      if (i < capacity) {
        ops[i] = 0;
        keys[i] = i;
      } else {
        ops[i] = rng.int(0, 15) === 0 ? 2 : 1;
        keys[i] = rng.int(0, capacity - 1);
      }
    }
    return { capacity, ops, keys };
  },
  families: [
    {
      // The README's traffic: after the fill, a fifth of the calls set a new key (each one evicts
      // once the cache is full), the rest get, has or delete keys set shortly before.
      name: 'churn: a fifth of the calls set new keys',
      exposes: 'an eviction that scans or copies every entry to find the least recently used one',
      input: (n, rng) => {
        const capacity = Math.max(1, n >> 1);
        const ops = new Uint8Array(n);
        const keys = new Int32Array(n);
        const recent = Math.max(1, capacity >> 2);
        let next = 0;
        for (let i = 0; i < n; i++) {
          const roll = rng.int(0, 19);
          if (i < capacity || roll < 4) {
            ops[i] = 0;
            keys[i] = next++;
          } else {
            ops[i] = roll < 16 ? 1 : roll < 19 ? 2 : 3;
            keys[i] = next - 1 - rng.int(0, Math.min(recent, next) - 1);
          }
        }
        return { capacity, ops, keys };
      },
    },
  ],
  // Every result is folded into one number, in order: the value each `get` returned (-1 for
  // undefined: a count of hits would let a stale value through), what each `has` and `delete`
  // returned, and the final size.
  run: (impl, { capacity, ops, keys }) => {
    const cache = new impl.LRUCache<number, number>(capacity);
    let digest = 0;
    for (let i = 0; i < ops.length; i++) {
      const key = keys[i]!;
      switch (ops[i]) {
        case 0:
          cache.set(key, i);
          break;
        case 1:
          digest = mix(digest, cache.get(key) ?? -1);
          break;
        case 2:
          digest = mix(digest, cache.has(key) ? 1 : 0);
          break;
        default:
          digest = mix(digest, cache.delete(key) ? 1 : 0);
      }
    }
    return mix(digest, cache.size);
  },
  // One right result per operation: the digests are equal.
  answersAgree: sameAnswer,
});
