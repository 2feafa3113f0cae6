/**
 * `kata init <dir>`: a player repository of the learner's own. It holds the stubs laid out like
 * `katas/` (`<pattern>/<slug>/<slug>.ts`, so `--impl DIR` and the league take it as it is), a
 * `package.json` that pins this workspace, a `.gitignore` for the state folder and results, a
 * README with the two commands, and a workflow that runs `kata ci` for the player on every push.
 * No reference solution, hint or test is copied: the workspace (a dependency) brings those.
 * Returns what it wrote; refuses a directory that is not empty.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../base/errors.ts';
import { git } from '../base/git.ts';
import { kataFiles, ROOT, TEMPLATES_DIR } from '../base/paths.ts';
import { writeFileAtomic } from '../base/atomic.ts';
import { listKatas } from '../catalogue/katas.ts';
import { currentStub } from './work.ts';

export interface InitResult {
  dir: string;
  /** How package.json names the workspace (`github:owner/repo#sha`, a git URL, or `file:`). */
  workspace: string;
  /** Every file written, relative to `dir`. */
  files: string[];
  /** How many of them are kata stubs. */
  stubs: number;
}

/** A remote's URL without its secrets: no user or token over http(s), no password anywhere. */
function withoutCredentials(url: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  try {
    const parsed = new URL(url);
    if (/^https?:$/.test(parsed.protocol)) parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url;
  }
}

/**
 * This workspace as an npm dependency, pinned: its GitHub repository at the commit checked out
 * (when `origin` is on GitHub), another git remote at that commit, or else this folder (`file:`,
 * which only works on this machine: say so). A token in the remote's URL never reaches the files
 * written (they are meant to be pushed).
 */
export function workspaceSpecOf(origin: string | null, sha: string | null, root = ROOT): { spec: string; source: string; local: boolean } {
  const github = origin?.match(/github\.com[:/]([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?$/);
  if (github && sha) return { spec: `github:${github[1]}#${sha}`, source: `https://github.com/${github[1]}`, local: false };
  if (origin && sha && /^(https?|ssh|git):\/\/|^git@/.test(origin)) {
    const clean = withoutCredentials(origin);
    return { spec: `git+${clean.replace(/^git@([^:]+):/, 'ssh://git@$1/')}#${sha}`, source: clean, local: false };
  }
  return { spec: `file:${root}`, source: root, local: true };
}

export function workspaceSpec(): { spec: string; source: string; local: boolean } {
  return workspaceSpecOf(git(['remote', 'get-url', 'origin'], ROOT, { trim: true }), git(['rev-parse', 'HEAD'], ROOT, { trim: true }));
}

export function initPlayerRepository(dir: string, spec = workspaceSpec()): InitResult {
  const target = path.resolve(dir);
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new UserError(`${target} is not empty: \`kata init\` creates a new repository and never writes over files. Pick a new or empty directory.`);
  }
  const files: string[] = [];
  const write = (rel: string, content: string) => {
    writeFileAtomic(path.join(target, rel), content);
    files.push(rel);
  };
  for (const { id } of listKatas()) {
    const stub = currentStub(id);
    if (stub === null) throw new UserError(`The shipped stub of ${id} is missing (${kataFiles(id).stub}): restore it with \`git checkout -- katas/${id}\`.`);
    write(path.relative(target, kataFiles(id, target).stub), stub);
  }
  const player = path.join(TEMPLATES_DIR, 'player');
  const name = path.basename(target).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+/, '') || 'katas';
  const pkg = {
    name,
    private: true,
    type: 'module',
    scripts: { test: 'kata ci --impl . --out results/kata-results.json' },
    devDependencies: { kata: spec.spec },
  };
  write('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  write('.gitignore', readFileSync(path.join(player, 'gitignore'), 'utf8'));
  write('README.md', readFileSync(path.join(player, 'README.md'), 'utf8').replaceAll('KATA_SOURCE', spec.source));
  write('.github/workflows/kata.yml', readFileSync(path.join(player, 'kata.yml'), 'utf8'));
  return { dir: target, workspace: spec.spec, files, stubs: listKatas().length };
}
