import { defineBench } from '#kit';
import type * as Kata from './lru-cache.ts';

/** One operation: 0 = set, 1 = get, 2 = has, 3 = delete; `keys[i]` is its key. */
interface Input {
  capacity: number;
  ops: Uint8Array;
  keys: Int32Array;
}

/**
 * n = number of operations on a cache of capacity n / 2. The first n / 2 operations fill it;
 * after that a fifth of the operations set a brand-new key (one eviction each) and the rest get,
 * peek at or delete a key used within the last capacity / 8 operations: mostly hits on recently
 * used keys, the usual shape of cache traffic. A brute force that keeps recency in an array has
 * to search for those keys near the recent end of the array and shift it on every eviction:
 * O(capacity) = O(n) per operation, O(n²) in total.
 */
export default defineBench<typeof Kata, Input>({
  n: 'operations',
  input: (n, rng) => {
    const capacity = Math.max(1, n >> 1);
    const ops = new Uint8Array(n);
    const keys = new Int32Array(n);
    let fresh = 0;
    for (let i = 0; i < n; i++) {
      const roll = rng.int(0, 99);
      if (i < capacity || roll < 20) {
        ops[i] = 0;
        keys[i] = fresh++;
      } else {
        ops[i] = roll < 90 ? 1 : roll < 95 ? 2 : 3;
        keys[i] = keys[i - rng.int(1, Math.max(1, capacity >> 3))]!;
      }
    }
    return { capacity, ops, keys };
  },
  run: (impl, { capacity, ops, keys }) => {
    const cache = new impl.LRUCache<number, number>(capacity);
    let hits = 0;
    for (let i = 0; i < ops.length; i++) {
      const key = keys[i]!;
      switch (ops[i]) {
        case 0:
          cache.set(key, i);
          break;
        case 1:
          if (cache.get(key) !== undefined) hits++;
          break;
        case 2:
          if (cache.has(key)) hits++;
          break;
        default:
          if (cache.delete(key)) hits++;
      }
    }
    return hits + cache.size;
  },
});
