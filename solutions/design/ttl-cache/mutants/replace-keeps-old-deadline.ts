// Mutant: setting a key that is still live updates its value but keeps the old deadline, so
// refreshing a hot key does not extend its life.
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
  readonly #map = new Map<K, Entry<V>>();
  #expiredEarly = 0;

  constructor(options: { ttlMs: number; now?: () => number }) {
    this.#ttl = validTtl(options.ttlMs, 'ttlMs');
    this.#now = options.now ?? Date.now;
  }

  get(key: K): V | undefined {
    const entry = this.#map.get(key);
    return entry !== undefined && this.#now() < entry.deadline ? entry.value : undefined;
  }

  set(key: K, value: V, ttlMs: number = this.#ttl): void {
    validTtl(ttlMs, 'ttlMs');
    const now = this.#now();
    const previous = this.#map.get(key);
    if (previous !== undefined && previous.deadline <= now) this.#expiredEarly++;
    if (previous !== undefined && now < previous.deadline) {
      previous.value = value;
      return;
    }
    this.#map.delete(key);
    this.#map.set(key, { value, deadline: now + ttlMs });
  }

  delete(key: K): boolean {
    const entry = this.#map.get(key);
    if (entry === undefined) return false;
    this.#map.delete(key);
    if (this.#now() < entry.deadline) return true;
    this.#expiredEarly++;
    return false;
  }

  purgeExpired(): number {
    const now = this.#now();
    let count = this.#expiredEarly;
    this.#expiredEarly = 0;
    for (const [key, entry] of this.#map) {
      if (entry.deadline <= now) {
        this.#map.delete(key);
        count++;
      }
    }
    return count;
  }

  get size(): number {
    const now = this.#now();
    let live = 0;
    for (const entry of this.#map.values()) if (now < entry.deadline) live++;
    return live;
  }
}
