/**
 * Rules of watch mode the state machine (machine.ts) and the shell use: which kata it starts on,
 * which comes next, and when file events are missing. With `--pattern`, the rows are that
 * pattern's katas alone (`listProgress(pattern)`), so every rule here stays inside the pattern.
 */
import { UserError } from '../../base/errors.ts';
import { firstUnsolved, type ProgressRow } from '../progress.ts';

/** The kata a session starts on: the one named (it must be one of `rows`), else the first not solved; null when all are. */
export function startingKata(rows: readonly ProgressRow[], named: string | null, pattern?: string): ProgressRow | null {
  if (named === null) return nextUnsolved(rows, null);
  const row = rows.find((r) => r.id === named);
  if (!row) throw new UserError(`\`${named}\` is not a kata of the pattern \`${pattern ?? '?'}\`: drop --pattern, or name one of ${rows.map((r) => r.slug).join(', ')}.`);
  return row;
}

/** The kata after `current` in curriculum order that is not solved yet, wrapping around; null when all are. */
export function nextUnsolved(rows: readonly ProgressRow[], currentId: string | null): ProgressRow | null {
  const start = currentId ? rows.findIndex((r) => r.id === currentId) + 1 : 0;
  const ordered = [...rows.slice(start), ...rows.slice(0, start)];
  return firstUnsolved(ordered.filter((r) => r.id !== currentId)) ?? null;
}

/** After this long with the file changed on disk but no watch event, watch mode suggests --manual. */
export const MISSED_EVENTS_MS = 2_500;

/**
 * True when the file changed on disk (mtime moved) but no watch event arrived for a while: the
 * file system does not deliver events (network mounts, some containers), so --manual is the way.
 */
export function eventsMissed(mtime: number, seenMtime: number, lastEventAt: number, now: number): boolean {
  return mtime !== seenMtime && now - lastEventAt > MISSED_EVENTS_MS;
}
