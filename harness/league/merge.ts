/** `kata merge`: the results of N shards joined into exactly what one unsharded run gives. */
import { listKatas } from '../catalogue/katas.ts';
import { UserError } from '../base/errors.ts';
import type { Results } from './results.ts';

export function mergeShards(shards: readonly Results[]): Results {
  if (shards.length === 0) throw new UserError('Give `kata merge` at least one results file.');
  const [first] = shards as [Results, ...Results[]];
  for (const s of shards) {
    if (s.player !== first.player || s.impl !== first.impl) {
      throw new UserError(`Shards of different runs: player \`${s.player}\` (impl ${s.impl}) and \`${first.player}\` (impl ${first.impl}). Merge one player's shards at a time.`);
    }
    if (s.shard === null && shards.length > 1) throw new UserError(`An unsharded results file (player \`${s.player}\`) cannot be merged with shards.`);
  }
  if (first.shard !== null) {
    const count = first.shard.count;
    const seen = new Set<number>();
    for (const s of shards) {
      if (s.shard!.count !== count) throw new UserError(`Shards of different splits: ${s.shard!.index}/${s.shard!.count} and ${first.shard.index}/${count}.`);
      if (seen.has(s.shard!.index)) throw new UserError(`Shard ${s.shard!.index}/${count} is given twice.`);
      seen.add(s.shard!.index);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length) throw new UserError(`Missing shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} of player \`${first.player}\`.`);
  }
  const order = new Map(listKatas().map((k, i) => [k.id, i]));
  const katas = shards.flatMap((s) => s.katas).sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9) || a.id.localeCompare(b.id));
  return { ...first, shard: null, createdAt: shards.map((s) => s.createdAt).sort().at(-1)!, katas };
}
