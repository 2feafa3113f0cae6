/**
 * A results file checked against this workspace's catalogue, beyond its schema: every kata id is
 * a catalogue kata under its own pattern, none twice, and every time ratio is a finite positive
 * number. A hand-made file that claims 501/501 solved from one id repeated, an unknown kata or a
 * ratio of 1e-300 is refused, by name, before it can rank anyone.
 */
import { listKatas } from '../catalogue/katas.ts';
import { ResultsFileError, type Results } from './results.ts';

/** Smallest and largest believable ratio of a solution's time to the reference's. */
export const RATIO_RANGE = { min: 1e-3, max: 1e7 } as const;

export function validateResults(results: Results, file: string, catalogue = listKatas()): Results {
  const known = new Map(catalogue.map((k) => [k.id, k.pattern]));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const k of results.katas) {
    if (!known.has(k.id)) problems.push(`unknown kata \`${k.id}\``);
    else if (known.get(k.id) !== k.pattern) problems.push(`kata \`${k.id}\` listed under pattern \`${k.pattern}\``);
    if (seen.has(k.id)) problems.push(`kata \`${k.id}\` listed twice`);
    seen.add(k.id);
    const ratio = k.complexity?.ratio;
    if (ratio !== null && ratio !== undefined && !(Number.isFinite(ratio) && ratio >= RATIO_RANGE.min && ratio <= RATIO_RANGE.max)) {
      problems.push(`kata \`${k.id}\` has a time ratio of ${ratio} (expected a number from ${RATIO_RANGE.min} to ${RATIO_RANGE.max})`);
    }
  }
  if (results.katas.length > catalogue.length) problems.push(`${results.katas.length} katas, but the catalogue has ${catalogue.length}`);
  if (results.shard && results.shard.index > results.shard.count) problems.push(`shard ${results.shard.index}/${results.shard.count}`);
  if (problems.length) throw new ResultsFileError(file, `does not match this workspace's catalogue: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}`);
  return results;
}
