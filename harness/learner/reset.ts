/**
 * `kata reset`: the learner's file of a kata takes the shipped stub again. Whatever it held is
 * copied to .kata/backups/<pattern>/<slug>/ first (also a half-written attempt that still throws),
 * so nothing is ever lost; the record of what it was started from is renewed, so a kata reset after
 * an update no longer counts as changed upstream.
 */
import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../base/errors.ts';
import { learnerFile } from '../base/paths.ts';
import { writeFileAtomic } from '../base/atomic.ts';
import { backUp, currentStub, recordBase, type WorkPlaces } from './work.ts';

export interface ResetResult {
  /** Where the learner's version was kept; null when the file already was the stub (or did not exist). */
  backup: string | null;
  /** The learner's file, now the stub. */
  stub: string;
}

export function resetKata(id: string, now = new Date(), places?: WorkPlaces): ResetResult {
  const file = learnerFile(id, places?.work);
  const shipped = currentStub(id, places);
  if (shipped === null) {
    throw new UserError(`Cannot find the shipped stub of \`${id}\` (not in the working tree nor in git history). Restore it with git, e.g. \`git checkout -- katas/${id}\`.`);
  }
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  const backup = current !== null && current !== shipped ? backUp(id, file, places, now) : null;
  if (current !== shipped) writeFileAtomic(file, shipped);
  recordBase(id, places, shipped);
  return { backup, stub: file };
}
