/**
 * LRU Cache: a fixed-capacity cache that evicts the least recently used key.
 * Read README.md for the rules and examples; run `npx kata check lru-cache` to test.
 */
import { NotImplemented } from '#kit';

/** A cache holding at most `capacity` keys; `get` and `set` count as uses, `has` does not. */
export class LRUCache<K, V> {
  /**
   * @param capacity the most keys the cache holds; a positive integer, else `RangeError`
   */
  constructor(capacity: number) {
    // TODO: write your solution here, then delete the line below.
    throw new NotImplemented('LRUCache');
  }

  /**
   * Looks a key up and, on a hit, makes it the most recently used.
   *
   * @returns the stored value, or `undefined` when the key is absent
   */
  get(key: K): V | undefined {
    throw new NotImplemented('LRUCache.get');
  }

  /**
   * Stores `value` under `key` and makes the key the most recently used. A new key that would take
   * the cache past its capacity evicts the least recently used key first.
   */
  set(key: K, value: V): void {
    throw new NotImplemented('LRUCache.set');
  }

  /** Whether `key` is present. Does not change recency. */
  has(key: K): boolean {
    throw new NotImplemented('LRUCache.has');
  }

  /**
   * Removes `key`.
   *
   * @returns `true` if the key was present, `false` otherwise
   */
  delete(key: K): boolean {
    throw new NotImplemented('LRUCache.delete');
  }

  /** The number of keys currently stored. */
  get size(): number {
    throw new NotImplemented('LRUCache.size');
  }
}
