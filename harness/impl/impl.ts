/**
 * "One test file, many implementations": which implementation a kata's test and bench files
 * see when they import `./<slug>.ts`, and the Vite plugin that redirects that import.
 * Tests are never copied or edited: only module resolution changes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { transformSync } from 'esbuild';
import type { Plugin } from 'vite';
import { hackTestFile, KATAS_DIR, kataFiles, kataOfFile, kataOfFolder, learnerFile, ROOT, solutionFiles, WORK_DIR } from '../base/paths.ts';
import { UserError } from '../base/errors.ts';

export type ImplTarget =
  | { kind: 'learner' }
  | { kind: 'reference' }
  | { kind: 'brute' }
  /** A directory laid out like `katas/`: `DIR/<pattern>/<slug>/<slug>.ts`. */
  | { kind: 'dir'; dir: string }
  /** One file that plays the stub, for a check of one kata (e.g. a mutant). */
  | { kind: 'file'; file: string }
  /** One file per kata id, e.g. a round of deliberately broken copies (mutants) in `kata dev lint --full`. */
  | { kind: 'files'; label: string; files: Readonly<Record<string, string>> };

export const LEARNER: ImplTarget = { kind: 'learner' };

/** Someone's code (the learner's own, a teammate's directory, any file passed in) rather than shipped content: it runs sandboxed, behind the bridge. */
export function isSomeonesCode(target: ImplTarget): boolean {
  return target.kind === 'learner' || target.kind === 'dir' || target.kind === 'file';
}

/** `learner` (default), `reference`, `brute`, or a directory laid out like `katas/`. */
export function parseImpl(value: string | undefined, cwd = process.cwd()): ImplTarget {
  if (value === undefined || value === '' || value === 'learner') return LEARNER;
  if (value === 'reference' || value === 'brute') return { kind: value };
  const dir = path.resolve(cwd, value);
  if (existsSync(dir) && statSync(dir).isFile() && /\.[cm]?[jt]s$/.test(dir)) return { kind: 'file', file: dir };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(
      `--impl \`${value}\` is neither a directory nor a .ts file (looked for ${dir}). ` +
        'Pass `reference`, `brute`, a directory laid out like katas/ (DIR/<pattern>/<slug>/<slug>.ts), or one implementation file.',
    );
  }
  if (path.resolve(dir) === KATAS_DIR || path.resolve(dir) === WORK_DIR) return LEARNER;
  return { kind: 'dir', dir: playerKatas(dir) };
}

/**
 * A player repository as it is: one made by `kata init` holds the katas at its root; one laid out
 * like this workspace holds them in `work/` (where the workspace keeps a learner's files) or, in
 * repositories of earlier releases, in `katas/`. A directory with pattern folders of its own means
 * the first; else `work/` when it holds a pattern folder, else `katas/` when there is one.
 */
function playerKatas(dir: string): string {
  const patterns = new Set(readdirSync(KATAS_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name));
  const holdsPatterns = (at: string) => existsSync(at) && statSync(at).isDirectory() && readdirSync(at, { withFileTypes: true }).some((e) => e.isDirectory() && patterns.has(e.name));
  if (holdsPatterns(dir)) return dir;
  return [path.join(dir, 'work'), path.join(dir, 'katas')].find(holdsPatterns) ?? dir;
}

export function describeImpl(target: ImplTarget): string {
  if (target.kind === 'dir') return target.dir;
  if (target.kind === 'files') return target.label;
  if (target.kind === 'file') return target.file;
  return target.kind;
}

/** The file that plays the kata's stub for this target. */
export function implFile(target: ImplTarget, id: string): string {
  switch (target.kind) {
    case 'learner': {
      // The learner's own file (learner/work.ts); before they open the kata, the shipped stub.
      const mine = learnerFile(id);
      return existsSync(mine) ? mine : kataFiles(id).stub;
    }
    case 'reference':
      return solutionFiles(id).reference;
    case 'brute':
      return solutionFiles(id).brute;
    case 'dir':
      return kataFiles(id, target.dir).stub;
    case 'file':
      return target.file;
    case 'files':
      return target.files[id] ?? `${target.label}: no file for ${id}`;
  }
}

/**
 * `katas/<pattern>/<slug>/<slug>.(test|bench).ts`, or the learner's own tests of a kata
 * (`work/<pattern>/<slug>/<slug>.hack.test.ts`, run by `kata hack`) → `<pattern>/<slug>`, else null.
 */
export function kataIdOfContentFile(file: string): string | null {
  const plain = file.split('?')[0]!;
  return (
    kataOfFile(plain, KATAS_DIR, (id, dir) => kataFiles(id, dir).test) ??
    kataOfFile(plain, KATAS_DIR, (id, dir) => kataFiles(id, dir).bench) ??
    kataOfFile(plain, WORK_DIR, hackTestFile)
  );
}

/**
 * Does this kata's implementation run its tests in its own process, behind the bridge? Someone
 * else's code (`--impl DIR`, `--impl FILE`, and every `kata ci` run, which judges the workspace as a
 * directory) always does. The learner's own files in watch mode and `kata check` do not: the bridge
 * would cost each save about a second (measured: watch mode's median save 1.3 s against 0.27 s),
 * and the only verdict such code could fool is its owner's, in its owner's workspace. They still
 * run in the sandbox.
 */
export function runsBehindBridge(target: ImplTarget): boolean {
  return target.kind === 'dir' || target.kind === 'file';
}

const BRIDGE_PREFIX = '\0kata-solution:';
const BRIDGE_CLIENT = path.join(ROOT, 'harness', 'bridge', 'client.ts');

/** The names an implementation file exports, read from its source (types stripped first). */
async function exportNames(file: string): Promise<string[]> {
  await initLexer;
  const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' });
  const [, exports] = parseModule(code);
  return exports.map((e) => e.n);
}

/** The module a kata's test file gets instead of the solution: one stand-in per export (harness/bridge/client.ts). */
async function bridgeModule(id: string, file: string): Promise<string> {
  const names = await exportNames(file);
  const kataDir = path.dirname(file);
  // The reference answers an input the solution finds costly (mounted for tests behind the bridge: impl/mounts.ts).
  const reference = solutionFiles(id).reference;
  const lines = [
    `import { afterAll } from 'vitest';`,
    `import { connectSolution } from ${JSON.stringify(BRIDGE_CLIENT)};`,
    `const solution = connectSolution(${JSON.stringify(file)}, ${JSON.stringify(kataDir)}, ${JSON.stringify(existsSync(reference) && reference !== file ? reference : null)});`,
    // A worker shared by many files (trusted runs) must not keep one solution process per file.
    `afterAll(() => solution.close());`,
    ...names.filter((n) => n !== 'default').map((n) => `export const ${n} = solution.export(${JSON.stringify(n)});`),
    ...(names.includes('default') ? ['export default solution.export("default");'] : []),
    `// ${id}`,
  ];
  return lines.join('\n');
}

/**
 * The query that marks one load of a test file as the run against the n-th of several targets
 * (`<file>?kata-target=<n>`, runner/against-targets.ts): one Vitest run loads the learner's own
 * test file once per target, each load a module of its own, none of them a copy.
 */
export const TARGET_QUERY = 'kata-target';

/** The target index a module id carries (`?kata-target=<n>`), or null. */
export function targetIndexOf(moduleId: string): number | null {
  const match = new RegExp(`[?&]${TARGET_QUERY}=(\\d+)`).exec(moduleId);
  return match ? Number(match[1]) : null;
}

/**
 * Vite plugin: inside a kata's test or bench file (or the learner's own tests of it, `kata hack`),
 * `./<slug>.ts` resolves to the target's file, or to the bridge to it. A test file loaded with
 * `?kata-target=<n>` sees `targets[n]` instead; the other files of its folder it imports (the
 * learner's own helpers) are loaded with the same query, so they see the same target.
 */
export function implPlugin(target: ImplTarget, targets: readonly ImplTarget[] = []): Plugin {
  return {
    name: 'kata-impl',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const importerDir = path.dirname(importer.split('?')[0]!);
      const requested = path.resolve(importerDir, source);
      const index = targetIndexOf(importer);
      const chosen = index === null ? target : targets[index];
      if (index !== null && !chosen) throw new Error(`No target ${index} in this run (${targets.length} targets).`);
      // A file the learner's tests import from their folder (index set) belongs to the kata of that folder.
      const id = kataIdOfContentFile(importer) ?? (index === null ? null : kataOfFolder(importerDir, WORK_DIR));
      if (!id) return null;
      // The `<slug>.ts` beside the importer: the shipped stub for content files, the learner's own file for theirs.
      const stub = path.join(importerDir, path.basename(kataFiles(id).stub));
      if (requested !== stub && requested !== stub.replace(/\.ts$/, '') && requested !== stub.replace(/\.ts$/, '.js')) {
        return index !== null && path.dirname(requested) === importerDir && /\.[cm]?[jt]s$/.test(requested) ? `${requested}?${TARGET_QUERY}=${index}` : null;
      }
      const file = implFile(chosen!, id);
      if (!existsSync(file)) {
        throw new Error(`No implementation of \`${id}\` for --impl ${describeImpl(chosen!)}: expected ${file}.`);
      }
      // Only the test file goes through the bridge: the bench runs in the measuring process.
      if (runsBehindBridge(chosen!) && importer.split('?')[0]!.endsWith('.test.ts')) return `${BRIDGE_PREFIX}${id}${index === null ? '' : `#${index}`}`;
      return file === stub ? null : file;
    },
    async load(moduleId) {
      if (!moduleId.startsWith(BRIDGE_PREFIX)) return null;
      const [id, index] = moduleId.slice(BRIDGE_PREFIX.length).split('#') as [string, string | undefined];
      return bridgeModule(id, implFile(index === undefined ? target : targets[Number(index)]!, id));
    },
  };
}
