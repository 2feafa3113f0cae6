/** Where things live in the workspace. Every other module asks here instead of building paths. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const KATAS_DIR = path.join(ROOT, 'katas');
export const SOLUTIONS_DIR = path.join(ROOT, 'solutions');
export const TEMPLATES_DIR = path.join(ROOT, 'templates');
export const CURRICULUM_FILE = path.join(KATAS_DIR, 'curriculum.json');
/** Per-learner, git-ignored: state file, backups, damaged files kept aside. */
export const STATE_DIR = path.join(ROOT, '.kata');
export const KIT_FILE = path.join(ROOT, 'harness', 'kit', 'index.ts');
export const KIT_TESTING_FILE = path.join(ROOT, 'harness', 'kit', 'testing.ts');

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
