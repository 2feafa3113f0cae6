/** `--shard i/N`: which katas one CI machine of N runs. Round-robin over the curriculum order. */
import { UserError } from '../base/errors.ts';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string | undefined): Shard | null {
  if (value === undefined) return null;
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count || count > 256) {
    throw new UserError(`Expected \`--shard\` as i/N with 1 <= i <= N <= 256 (e.g. 1/2), got \`${value}\`.`);
  }
  return { index, count };
}

export function inShard<T>(items: readonly T[], shard: Shard | null): T[] {
  return shard ? items.filter((_, i) => i % shard.count === shard.index - 1) : [...items];
}
