// Mutant: keeps the entries in a plain object (`key in entries`, `entries[key]`): `set('__proto__', 1)`
// replaces the object's prototype instead of adding an entry, so `size` stays 0; and on a fresh
// cache `delete('constructor')` finds the inherited `Object` function, takes it for an expired
// entry and counts it, so `purgeExpired()` returns 1 instead of 0.
interface Entry<V> {
  value: V;
  deadline: number;
}

function validTtl(ttl: number, what: string): number {
  if (!(ttl > 0) || !Number.isFinite(ttl)) throw new RangeError(`${what} must be a positive finite number, got ${ttl}`);
  return ttl;
}

export class TTLCache<K, V> {
  readonly #ttl: number;
  readonly #now: () => number;
  readonly #entries: Record<string, Entry<V>> = {};
  #expiredEarly = 0;

  constructor(options: { ttlMs: number; now?: () => number }) {
    this.#ttl = validTtl(options.ttlMs, 'ttlMs');
    this.#now = options.now ?? Date.now;
  }

  get(key: K): V | undefined {
    const k = key as unknown as string;
    if (!(k in this.#entries)) return undefined;
    const entry = this.#entries[k]!;
    return this.#now() < entry.deadline ? entry.value : undefined;
  }

  set(key: K, value: V, ttlMs: number = this.#ttl): void {
    validTtl(ttlMs, 'ttlMs');
    const k = key as unknown as string;
    const now = this.#now();
    if (k in this.#entries && this.#entries[k]!.deadline <= now) this.#expiredEarly++;
    this.#entries[k] = { value, deadline: now + ttlMs };
  }

  delete(key: K): boolean {
    const k = key as unknown as string;
    if (!(k in this.#entries)) return false;
    const entry = this.#entries[k]!;
    delete this.#entries[k];
    if (this.#now() < entry.deadline) return true;
    this.#expiredEarly++;
    return false;
  }

  purgeExpired(): number {
    const now = this.#now();
    let count = this.#expiredEarly;
    this.#expiredEarly = 0;
    for (const k of Object.keys(this.#entries)) {
      if (this.#entries[k]!.deadline <= now) {
        delete this.#entries[k];
        count++;
      }
    }
    return count;
  }

  get size(): number {
    const now = this.#now();
    return Object.values(this.#entries).filter((entry) => now < entry.deadline).length;
  }
}
