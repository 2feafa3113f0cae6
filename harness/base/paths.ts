/** Where things live in the workspace. Every other module asks here instead of building paths. */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The places of a workspace rooted at `root` (this one, or a throwaway copy made by a test or a bench). */
export function workspacePaths(root: string) {
  const katas = path.join(root, 'katas');
  return {
    root,
    katas,
    solutions: path.join(root, 'solutions'),
    templates: path.join(root, 'templates'),
    curriculum: path.join(katas, 'curriculum.json'),
    /** Per-learner, git-ignored: state file, backups, damaged files kept aside. */
    state: path.join(root, '.kata'),
    /** Per-learner, git-ignored: the learner's own solutions, laid out like `katas/` (learner/work.ts). */
    work: path.join(root, 'work'),
    kit: path.join(root, 'harness', 'kit', 'index.ts'),
    kitTesting: path.join(root, 'harness', 'kit', 'testing.ts'),
    nodeModules: path.join(root, 'node_modules'),
  };
}

/**
 * Where the workspace's npm packages are, for a sandbox to mount: its own node_modules, and when
 * the workspace is itself an installed package (a player repository's `node_modules/kata`, whose
 * dependencies npm puts beside it), every package beside it, but never the workspace itself as a
 * whole (it holds solutions/).
 */
export function dependencyDirs(root = ROOT): string[] {
  const dirs: string[] = [];
  const own = path.join(root, 'node_modules');
  if (existsSync(own)) dirs.push(own);
  let outer = path.dirname(root);
  if (path.basename(outer).startsWith('@')) outer = path.dirname(outer);
  if (path.basename(outer) !== 'node_modules') return dirs;
  for (const name of readdirSync(outer)) {
    if (name.startsWith('.')) continue;
    const dir = path.join(outer, name);
    const inside = name.startsWith('@') ? readdirSync(dir).map((sub) => path.join(dir, sub)) : [dir];
    dirs.push(...inside.filter((d) => d !== root));
  }
  return dirs;
}

/** What a copy of the workspace needs besides node_modules (which a copy links). */
export const WORKSPACE_ENTRIES = ['harness', 'templates', 'katas', 'solutions', 'package.json', 'tsconfig.json', 'vitest.config.ts', '.gitignore'] as const;

const HERE = workspacePaths(ROOT);
export const KATAS_DIR = HERE.katas;
export const SOLUTIONS_DIR = HERE.solutions;
export const TEMPLATES_DIR = HERE.templates;
export const CURRICULUM_FILE = HERE.curriculum;
/** Per-learner, git-ignored: state file, backups, damaged files kept aside. */
export const STATE_DIR = HERE.state;
/** Per-learner, git-ignored: the learner's own solution files, `work/<pattern>/<slug>/<slug>.ts`. */
export const WORK_DIR = HERE.work;
export const KIT_FILE = HERE.kit;
export const KIT_TESTING_FILE = HERE.kitTesting;

/** Files of one kata, by id `<pattern>/<slug>`, relative to a tree laid out like `katas/`. */
export function kataFiles(id: string, katasDir = KATAS_DIR) {
  const [pattern, slug] = id.split('/') as [string, string];
  const dir = path.join(katasDir, pattern, slug);
  return {
    dir,
    readme: path.join(dir, 'README.md'),
    meta: path.join(dir, 'meta.ts'),
    stub: path.join(dir, `${slug}.ts`),
    test: path.join(dir, `${slug}.test.ts`),
    bench: path.join(dir, `${slug}.bench.ts`),
  };
}

/** The file the learner edits for kata `id` (created from the shipped stub on first use: learner/work.ts). */
export function learnerFile(id: string, workDir = WORK_DIR): string {
  return kataFiles(id, workDir).stub;
}

/**
 * The learner's own tests of kata `id` (`kata hack`): `work/<pattern>/<slug>/<slug>.hack.test.ts`,
 * beside their solution, importing it as `./<slug>.ts` like the kata's own test file does.
 */
export function hackTestFile(id: string, workDir = WORK_DIR): string {
  const { dir } = kataFiles(id, workDir);
  return path.join(dir, `${id.split('/')[1]}.hack.test.ts`);
}

/**
 * The kata whose folder `folder` is, in a tree laid out like `katas/` at `dir`: `<dir>/<pattern>/<slug>`
 * → `<pattern>/<slug>`, else null. Folders whose name starts with a dot (`.review`, `.interview`, and
 * anything outside `dir`) hold no kata: a pattern's name never starts with one.
 */
export function kataOfFolder(folder: string, dir: string): string | null {
  const parts = path.relative(dir, folder).split(path.sep);
  return parts.length === 2 && !parts[0]!.startsWith('.') ? `${parts[0]}/${parts[1]}` : null;
}

/**
 * The kata whose file `file` is, in a tree laid out like `katas/` at `dir`: `<dir>/<pattern>/<slug>/<name>`
 * → `<pattern>/<slug>` when `fileOf(<pattern>/<slug>, dir)` (kataFiles, learnerFile, hackTestFile…)
 * names that file, else null.
 */
export function kataOfFile(file: string, dir: string, fileOf: (id: string, dir: string) => string): string | null {
  const id = kataOfFolder(path.dirname(file), dir);
  return id !== null && path.basename(fileOf(id, dir)) === path.basename(file) ? id : null;
}

/** The learner's own file (learnerFile), `work/<pattern>/<slug>/<slug>.ts` → `<pattern>/<slug>`, else null. */
export function kataOfWorkFile(file: string, workDir = WORK_DIR): string | null {
  return kataOfFile(file, workDir, learnerFile);
}

/**
 * The scratch file a review re-solves kata `id` in (`kata review`): `work/.review/<pattern>/<slug>/<slug>.ts`,
 * a fresh stub each review, apart from the learner's own file, which a review never touches.
 */
export function reviewFile(id: string, workDir = WORK_DIR): string {
  return kataFiles(id, path.join(workDir, '.review')).stub;
}

/**
 * The scratch folder of interview round `round` (`kata interview`): `work/.interview/round-<n>/`,
 * named by the round alone, so neither the folder nor its files say which kata or pattern it is.
 * It holds the stub to solve (`solution.ts`) and the task (`TASK.md`).
 */
export function interviewFiles(round: number, workDir = WORK_DIR) {
  const dir = path.join(workDir, '.interview', `round-${round}`);
  return { dir, solution: path.join(dir, 'solution.ts'), task: path.join(dir, 'TASK.md') };
}

/** A workspace file as the learner should read it: relative to the workspace root when inside it. */
export function shownPath(file: string, root = ROOT): string {
  const rel = path.relative(root, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

export function solutionFiles(id: string, solutionsDir = SOLUTIONS_DIR) {
  const [pattern, slug] = id.split('/') as [string, string];
  const dir = path.join(solutionsDir, pattern, slug);
  return {
    dir,
    reference: path.join(dir, `${slug}.ts`),
    brute: path.join(dir, `${slug}.brute.ts`),
    /** Deliberately broken copies the tests must reject: `mutants/<what-is-wrong>.ts`. */
    mutants: path.join(dir, 'mutants'),
    /** Other correct solutions the engine is judged on: `approaches/optimal-<how>.ts`, `approaches/slow-<how>.ts`. */
    approaches: path.join(dir, 'approaches'),
  };
}
