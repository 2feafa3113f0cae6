// Mutant: asks each layer `values.hasOwnProperty(key)`, calling the method through the object
// itself: a layer that holds a key named `hasOwnProperty` (JSON may well say
// `{ "hasOwnProperty": 1 }`) shadows the method, and every lookup that reaches that layer throws a
// TypeError: with layers `[{ name: 'a', values: { hasOwnProperty: 1 } }]`, `get('x')` throws.
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
    return this.#layers.find((layer) => layer.values.hasOwnProperty(key));
  }
}
