/**
 * Seeded randomness for bench inputs. A thin layer over `pure-rand` (the generator fast-check
 * itself uses), so every bench input can be regenerated from the printed seed.
 */
import { xoroshiro128plus, unsafeUniformIntDistribution } from 'pure-rand';

export interface Rng {
  /** An integer in `[min, max]`, both inclusive. */
  int(min: number, max: number): number;
  /** A float in `[0, 1)`. */
  float(): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

export function createRng(seed: number): Rng {
  const generator = xoroshiro128plus(seed | 0);
  const int = (min: number, max: number): number => unsafeUniformIntDistribution(min, max, generator);
  return {
    int,
    float: () => unsafeUniformIntDistribution(0, 2 ** 30 - 1, generator) / 2 ** 30,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('Expected a non-empty array to pick from, got [].');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    shuffle: (items) => {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
  };
}
