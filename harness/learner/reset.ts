/**
 * `kata reset`: restores the shipped stub. The learner's version is copied to
 * .kata/backups/<pattern>/<slug>/ first, so nothing is ever lost.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../base/errors.ts';
import { kataFiles, STATE_DIR } from '../base/paths.ts';
import { writeFileAtomic } from '../base/atomic.ts';
import { shippedStub } from '../catalogue/stubs.ts';

export interface ResetResult {
  /** Where the learner's version was kept; null when the file already was the stub. */
  backup: string | null;
  stub: string;
}

export function resetKata(id: string, now = new Date()): ResetResult {
  const stubFile = kataFiles(id).stub;
  const shipped = shippedStub(id);
  if (shipped === null) {
    throw new UserError(`Cannot find the shipped stub of \`${id}\` (not in the working tree nor in git history). Restore it with git, e.g. \`git checkout -- katas/${id}\`.`);
  }
  const current = existsSync(stubFile) ? readFileSync(stubFile, 'utf8') : null;
  if (current === shipped) return { backup: null, stub: stubFile };
  let backup: string | null = null;
  if (current !== null) {
    const slug = id.split('/')[1]!;
    const dir = path.join(STATE_DIR, 'backups', id);
    mkdirSync(dir, { recursive: true });
    backup = path.join(dir, `${slug}.${now.toISOString().replace(/[:.]/g, '-')}.ts`);
    copyFileSync(stubFile, backup);
  }
  writeFileAtomic(stubFile, shipped);
  return { backup, stub: stubFile };
}
