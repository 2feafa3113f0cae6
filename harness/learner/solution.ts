/**
 * A kata's reference solution and interview notes, for `kata solution` and watch mode's `s`:
 * shown once the learner's code passes (or when they insist). Returns data; the CLI words it.
 */
import { readFileSync } from 'node:fs';
import { solutionFiles } from '../base/paths.ts';
import { loadMeta } from '../catalogue/katas.ts';

export interface SolutionView {
  title: string;
  file: string;
  source: string;
  notes: { asked: readonly string[]; traps: readonly string[]; production: readonly string[] };
}

export async function solutionView(id: string): Promise<SolutionView> {
  const meta = await loadMeta(id);
  const file = solutionFiles(id).reference;
  return { title: meta.title, file, source: readFileSync(file, 'utf8'), notes: meta.notes };
}
