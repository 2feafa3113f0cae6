// Mutant: `set` writes straight into the caller's first layer object (casting the readonly away):
// a frozen layer throws TypeError, and an unfrozen one is changed behind the caller's back.
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
    (this.#layers[0]!.values as Record<string, unknown>)[key] = value;
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
