/**
 * What an implementation under judgement may be: a file inside its implementation directory
 * (after resolving symlinks) that imports nothing but `#kit` and files of its own kata folder, in
 * a directory that is not the workspace's own solutions/. Checked before any of it runs; a
 * violation is a UserError (exit 2) naming the file and the rule. Imports built at run time
 * (`import(name)` with a computed name) cannot be seen here: the sandbox is the boundary for those.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { SOLUTIONS_DIR } from '../base/paths.ts';
import { UserError } from '../base/errors.ts';
import { implFile, type ImplTarget } from './impl.ts';

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function real(file: string): string {
  return realpathSync(file);
}

/** A directory or file given as `--impl` must not be (or point into) the workspace's solutions/. */
function refuseSolutions(given: string): void {
  if (existsSync(SOLUTIONS_DIR) && existsSync(given) && inside(real(given), real(SOLUTIONS_DIR))) {
    throw new UserError(`--impl \`${given}\` lies inside this workspace's solutions/ (the references): pass your own code, or \`--impl reference\` to run the reference on purpose.`);
  }
}

/** Every module specifier a source file names statically: import/export from, import(), require(). */
export function importSpecifiers(source: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.add(m[1]!);
  return [...found];
}

/** Computed imports and requires, which cannot be checked: refused as well. */
function dynamicImports(source: string): boolean {
  return /\bimport\s*\(\s*(?!['"`][^'"`$]*['"`]\s*\))/.test(source) || /\brequire\s*\(\s*(?!['"`][^'"`$]*['"`]\s*\))/.test(source);
}

/**
 * Checks `--impl DIR` before any of it runs: a directory (a teammate's or a league player's work,
 * what `kata ci` judges) is held to every rule. One file (`--impl some/file.ts`: an author running
 * an approach or a fixture, a learner's scratch file) and the learner's own work/ are the
 * caller's own code on their own machine, and are not checked; neither is the workspace's content.
 */
export function guardImplementation(target: ImplTarget, ids: readonly string[]): void {
  if (target.kind !== 'dir') return;
  refuseSolutions(target.dir);
  const root = real(target.dir);
  for (const id of ids) {
    const file = implFile(target, id);
    if (!existsSync(file)) continue;
    const resolved = real(file);
    if (!inside(resolved, root)) {
      throw new UserError(`${file} resolves to ${resolved}, outside --impl ${target.dir}: an implementation file must be a file of that directory, not a link out of it.`);
    }
    const folder = path.dirname(resolved);
    const source = readFileSync(resolved, 'utf8');
    if (dynamicImports(source)) throw new UserError(`${file} imports a module whose name is computed at run time: implementations may import only \`#kit\` and files of their own kata folder, by literal name.`);
    for (const spec of importSpecifiers(source)) {
      if (spec === '#kit') continue;
      const target = spec.startsWith('.') ? path.resolve(folder, spec) : null;
      if (target === null || !inside(target, folder) || (existsSync(target) && !inside(real(target), root))) {
        throw new UserError(`${file} imports \`${spec}\`: implementations may import only \`#kit\` and files of their own kata folder.`);
      }
    }
  }
}
