/**
 * A kata's mutants: deliberately broken copies of its solution, `solutions/<id>/mutants/<what-is-wrong>.ts`,
 * each of which the kata's tests must reject (`kata dev lint --full`), and which `kata hack` runs
 * the learner's own tests against. A mutant is named to the learner by its file name only
 * ("off-by-one-inner-loop"), never shown as code.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { solutionFiles } from '../base/paths.ts';

/** Every mutant file of kata `id`, sorted by name (none when the kata has no mutants folder). */
export function mutantFiles(id: string): string[] {
  const dir = solutionFiles(id).mutants;
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).sort().map((f) => path.join(dir, f)) : [];
}

/** A mutant as the learner is told about it: its file name without `.ts`, e.g. `off-by-one-inner-loop`. */
export function mutantName(file: string): string {
  return path.basename(file, '.ts');
}
