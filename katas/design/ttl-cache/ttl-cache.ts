/**
 * TTL Cache: a cache whose entries expire a fixed time after they are set, on an injected clock.
 * Read README.md for the rules and examples; run `npx kata check ttl-cache` to test.
 */
import { NotImplemented } from '#kit';

/** A cache of entries that each live for a time to live (TTL) after they are set. */
export class TTLCache<K, V> {
  /**
   * @param options.ttlMs the default time to live in ms; positive and finite, else `RangeError`
   * @param options.now the clock, in ms; defaults to `Date.now`
   */
  constructor(options: { ttlMs: number; now?: () => number }) {
    // TODO: write your solution here, then delete the line below.
    throw new NotImplemented('TTLCache');
  }

  /**
   * @returns the value of the key's live entry, or `undefined` if it is absent or expired
   */
  get(key: K): V | undefined {
    throw new NotImplemented('TTLCache.get');
  }

  /**
   * Stores `value` under `key`, live while `now() < setTime + ttlMs`, replacing any previous entry.
   *
   * @param ttlMs this entry's time to live; defaults to the constructor's; positive and finite,
   *   else `RangeError`
   */
  set(key: K, value: V, ttlMs?: number): void {
    throw new NotImplemented('TTLCache.set');
  }

  /**
   * Removes the key's live entry.
   *
   * @returns `true` if there was a live entry, `false` if the key was absent or expired
   */
  delete(key: K): boolean {
    throw new NotImplemented('TTLCache.delete');
  }

  /**
   * Frees every expired entry.
   *
   * @returns how many entries have expired since the previous call (or since construction)
   */
  purgeExpired(): number {
    throw new NotImplemented('TTLCache.purgeExpired');
  }

  /** The number of live entries. */
  get size(): number {
    throw new NotImplemented('TTLCache.size');
  }
}
