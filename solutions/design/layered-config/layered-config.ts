/**
 * Reference: the caller's layers are only ever read; run-time overrides live in a Map of our
 * own that acts as the front of the first layer.
 *
 * Lookup order: overrides, then `layers[0]`, `layers[1]`, ... A layer holds a key only when it is
 * an own property (`Object.hasOwn`), so inherited names such as `toString` are never found, and
 * present-but-falsy values (undefined, 0, '', false) still win. A Map stores `__proto__` as an
 * ordinary key, where assigning it into a plain object would replace the object's prototype.
 *
 * Complexity: get and source are O(layers); set is O(1); keys is O(K log K) for K distinct keys.
 */
type Layer = { name: string; values: Readonly<Record<string, unknown>> };

export class LayeredConfig {
  readonly #layers: readonly Layer[];
  readonly #overrides = new Map<string, unknown>();

  constructor(layers: readonly Layer[]) {
    if (layers.length === 0) throw new RangeError('LayeredConfig needs at least one layer');
    // Copy the list (not the objects), so a caller reordering its array later changes nothing.
    this.#layers = [...layers];
  }

  get(key: string): unknown {
    if (this.#overrides.has(key)) return this.#overrides.get(key);
    const layer = this.#holder(key);
    return layer === undefined ? undefined : layer.values[key];
  }

  source(key: string): string | undefined {
    if (this.#overrides.has(key)) return this.#layers[0]!.name;
    return this.#holder(key)?.name;
  }

  set(key: string, value: unknown): void {
    this.#overrides.set(key, value);
  }

  keys(): string[] {
    const all = new Set<string>(this.#overrides.keys());
    for (const layer of this.#layers) for (const key of Object.keys(layer.values)) all.add(key);
    return [...all].sort();
  }

  #holder(key: string): Layer | undefined {
    return this.#layers.find((layer) => Object.hasOwn(layer.values, key));
  }
}
