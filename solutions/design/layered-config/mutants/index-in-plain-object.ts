// Mutant: indexes every key to the first layer that holds it in a plain object built by the
// constructor (`index[key] = i`, then `key in index`): `index['__proto__'] = 0` sets no key, so a
// layer's own `__proto__` key is never found: with layers
// `[{ name: 'p', values: JSON.parse('{"__proto__": 1}') }]`, `get('__proto__')` is undefined, not 1.
// (`toString` and `constructor` are found in the index too, and only work by luck.)
type Layer = { name: string; values: Readonly<Record<string, unknown>> };

export class LayeredConfig {
  readonly #layers: readonly Layer[];
  readonly #overrides = new Map<string, unknown>();
  /** Key → index of the first layer that holds it. */
  readonly #index: Record<string, number> = {};

  constructor(layers: readonly Layer[]) {
    if (layers.length === 0) throw new RangeError('LayeredConfig needs at least one layer');
    // Copy the list (not the objects), so a caller reordering its array later changes nothing.
    this.#layers = [...layers];
    for (let i = layers.length - 1; i >= 0; i--) for (const key of Object.keys(layers[i]!.values)) this.#index[key] = i;
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
    return key in this.#index ? this.#layers[this.#index[key]!] : undefined;
  }
}
