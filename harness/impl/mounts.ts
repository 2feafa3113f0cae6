/**
 * Whose code an implementation is, and what a sandboxed process running it may read. Someone's code
 * (the learner's own, a teammate's directory, any file passed with --impl) runs in the sandbox;
 * shipped content (references, brute forces, approaches, mutants) is ours and runs as it is.
 * The sandbox sees the tooling (node_modules, harness), each kata's test, bench and meta files,
 * the implementation, and, for a measurement, the kata's reference: never `.git/`, `.kata/`, the
 * rest of `solutions/`, or (for a teammate's code) the learner's own solutions in `work/`.
 */
import path from 'node:path';
import { dependencyDirs, kataFiles, ROOT, solutionFiles, KATAS_DIR, WORK_DIR } from '../base/paths.ts';
import type { ImplTarget } from './impl.ts';

const TOOLING = (() => {
  return [...dependencyDirs(), path.join(ROOT, 'harness'), path.join(ROOT, 'package.json'), path.join(ROOT, 'tsconfig.json'), path.join(ROOT, 'vitest.config.ts')];
})();

/** Read-only paths for running `target` on `ids` (all katas when null: watch mode moves between them). */
export function readableFor(target: ImplTarget, ids: readonly string[] | null, purpose: 'tests' | 'measure'): string[] {
  const paths = [...TOOLING];
  if (target.kind === 'learner' || ids === null) paths.push(KATAS_DIR);
  else for (const id of ids) { const k = kataFiles(id); paths.push(k.test, k.bench, k.meta); }
  if (target.kind === 'learner') paths.push(WORK_DIR);
  // Only the katas' own folders of a directory: a player repository also holds node_modules/kata,
  // and with it the workspace's solutions/ (implementation files may import only their own folder: guard.ts).
  if (target.kind === 'dir') paths.push(...(ids === null ? [target.dir] : ids.map((id) => kataFiles(id, target.dir).dir)));
  if (target.kind === 'file') paths.push(target.file);
  if (target.kind === 'files') paths.push(...Object.values(target.files));
  if (purpose === 'measure') for (const id of ids ?? []) paths.push(solutionFiles(id).reference);
  return paths;
}
