// Mutant: keeps the overrides in a plain object; assigning `__proto__` into it replaces the
// object's prototype instead of storing a key, so that override is lost (or pollutes lookups).
type Layer = { name: string; values: Readonly<Record<string, unknown>> };

export class LayeredConfig {
  readonly #layers: readonly Layer[];
  readonly #overrides: Record<string, unknown> = {};

  constructor(layers: readonly Layer[]) {
    if (layers.length === 0) throw new RangeError('LayeredConfig needs at least one layer');
    // Copy the list (not the objects), so a caller reordering its array later changes nothing.
    this.#layers = [...layers];
  }

  get(key: string): unknown {
    if (Object.hasOwn(this.#overrides, key)) return this.#overrides[key];
    const layer = this.#holder(key);
    return layer === undefined ? undefined : layer.values[key];
  }

  source(key: string): string | undefined {
    if (Object.hasOwn(this.#overrides, key)) return this.#layers[0]!.name;
    return this.#holder(key)?.name;
  }

  set(key: string, value: unknown): void {
    this.#overrides[key] = value;
  }

  keys(): string[] {
    const all = new Set<string>(Object.keys(this.#overrides));
    for (const layer of this.#layers) for (const key of Object.keys(layer.values)) all.add(key);
    return [...all].sort();
  }

  #holder(key: string): Layer | undefined {
    return this.#layers.find((layer) => Object.hasOwn(layer.values, key));
  }
}
