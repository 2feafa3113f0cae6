/**
 * Layered Config: configuration lookup over prioritised layers, with run-time overrides.
 * Read README.md for the rules and examples; run `npx kata check layered-config` to test.
 */
import { NotImplemented } from '#kit';

/** Configuration values from several layers; the first layer that holds a key wins. */
export class LayeredConfig {
  /**
   * @param layers highest priority first; read-only, never modified; at least one, else `RangeError`
   */
  constructor(layers: readonly { name: string; values: Readonly<Record<string, unknown>> }[]) {
    // TODO: write your solution here, then delete the line below.
    throw new NotImplemented('LayeredConfig');
  }

  /** @returns the value from the first layer holding `key` as an own property, else `undefined` */
  get(key: string): unknown {
    throw new NotImplemented('LayeredConfig.get');
  }

  /** @returns the name of the first layer holding `key`, else `undefined` */
  source(key: string): string | undefined {
    throw new NotImplemented('LayeredConfig.source');
  }

  /**
   * Makes the first layer hold `key` with `value`, without writing to the objects passed in.
   */
  set(key: string, value: unknown): void {
    throw new NotImplemented('LayeredConfig.set');
  }

  /** @returns every key held by some layer, once each, sorted like `array.sort()` */
  keys(): string[] {
    throw new NotImplemented('LayeredConfig.keys');
  }
}
