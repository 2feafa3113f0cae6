/**
 * The stub as shipped: what `kata reset` restores and what `kata dev lint` checks, even after the
 * learner has written (and perhaps committed) a solution over it. The working file is the stub
 * while it still throws NotImplemented; otherwise the newest committed version that does.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { kataFiles, ROOT } from '../base/paths.ts';

const STUB_MARK = /throw new NotImplemented\(/;

export function isStubSource(source: string): boolean {
  return STUB_MARK.test(source);
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 16 << 20 });
  } catch {
    return null;
  }
}

/** The shipped stub's source, or null when neither the working tree nor git history has one. */
export function shippedStub(id: string): string | null {
  const file = kataFiles(id).stub;
  const working = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (working !== null && isStubSource(working)) return working;
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  const commits = git(['log', '--format=%H', '--', rel])?.split('\n').filter(Boolean) ?? [];
  for (const commit of commits) {
    const source = git(['show', `${commit}:${rel}`]);
    if (source !== null && isStubSource(source)) return source;
  }
  return null;
}
