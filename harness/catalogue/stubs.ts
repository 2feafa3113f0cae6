/**
 * The stub as shipped: what `kata reset` restores and what `kata dev lint` checks, even after the
 * learner has written (and perhaps committed) a solution over it. The working file is the stub
 * while it still throws NotImplemented; otherwise the newest committed version that does.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { git } from '../base/git.ts';
import { kataFiles, ROOT } from '../base/paths.ts';

const STUB_MARK = /throw new NotImplemented\(/;

export function isStubSource(source: string): boolean {
  return STUB_MARK.test(source);
}

/** Whole files from history: more than git()'s default output. */
const FILE_OUTPUT = { maxBuffer: 16 << 20 };

/** A file of the workspace at `root` as committed at HEAD, or null (not a git checkout, or not committed). */
export function committedFile(file: string, root = ROOT): string | null {
  const rel = path.relative(root, file).split(path.sep).join('/');
  return git(['show', `HEAD:${rel}`], root, FILE_OUTPUT);
}

/**
 * The shipped stub's source, or null when neither the working tree nor git history has one.
 * `fromHistory`: never the working copy (it holds a learner's edits, perhaps a half-written attempt
 * that still throws NotImplemented somewhere).
 */
export function shippedStub(id: string, root = ROOT, { fromHistory = false }: { fromHistory?: boolean } = {}): string | null {
  const file = kataFiles(id, path.join(root, 'katas')).stub;
  const working = !fromHistory && existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (working !== null && isStubSource(working)) return working;
  const rel = path.relative(root, file).split(path.sep).join('/');
  const commits = git(['log', '--format=%H', '--', rel], root, FILE_OUTPUT)?.split('\n').filter(Boolean) ?? [];
  for (const commit of commits) {
    const source = git(['show', `${commit}:${rel}`], root, FILE_OUTPUT);
    if (source !== null && isStubSource(source)) return source;
  }
  return null;
}
