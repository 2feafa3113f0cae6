/**
 * `kata dev new <pattern>/<slug>`: a new kata from templates/, added to the curriculum. Validates the
 * name, refuses to overwrite anything, and writes the curriculum atomically.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../base/errors.ts';
import { kataFiles, ROOT, solutionFiles, workspacePaths } from '../base/paths.ts';
import { writeFileAtomic } from '../base/atomic.ts';
import { readCurriculum } from '../catalogue/katas.ts';

const NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function camelCase(slug: string): string {
  return slug.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function titleCase(slug: string): string {
  return slug.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

export interface ScaffoldResult {
  id: string;
  files: string[];
}

export function scaffoldKata(name: string, root = ROOT): ScaffoldResult {
  const match = NAME.exec(name);
  if (!match) {
    throw new UserError(`Expected a kata name as \`<pattern>/<slug>\` in lower-case words joined by hyphens (e.g. \`heap/kth-largest\`), got \`${name}\`.`);
  }
  const [, pattern, slug] = match as unknown as [string, string, string];
  if (/^\d/.test(slug)) throw new UserError(`A slug becomes a function name, so it cannot start with a digit: \`${slug}\`.`);
  const where = workspacePaths(root);
  const curriculumFile = where.curriculum;
  const curriculum = readCurriculum(curriculumFile);
  const owner = curriculum.patterns.find((p) => p.katas.includes(slug));
  if (owner) throw new UserError(`The slug \`${slug}\` is taken by \`${owner.pattern}/${slug}\`: slugs are unique so \`kata check ${slug}\` is unambiguous. Pick another.`);
  const kataDir = kataFiles(`${pattern}/${slug}`, where.katas).dir;
  const solutionDir = solutionFiles(`${pattern}/${slug}`, where.solutions).dir;
  for (const dir of [kataDir, solutionDir]) {
    if (existsSync(dir)) throw new UserError(`${path.relative(root, dir)} already exists: \`kata dev new\` never overwrites. Remove it or pick another name.`);
  }

  const replace = (text: string) =>
    text.replaceAll('template-kata', slug).replaceAll('templateKata', camelCase(slug)).replaceAll('Template Kata', titleCase(slug)).replaceAll('template-pattern', pattern);
  const files: string[] = [];
  const copy = (from: string, to: string) => {
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from)) {
      const source = path.join(from, entry);
      const target = path.join(to, replace(entry));
      if (statSync(source).isDirectory()) copy(source, target);
      else {
        writeFileSync(target, replace(readFileSync(source, 'utf8')), { flag: 'wx' });
        files.push(path.relative(root, target));
      }
    }
  };
  copy(path.join(where.templates, 'kata'), kataDir);
  copy(path.join(where.templates, 'solution'), solutionDir);

  const entry = curriculum.patterns.find((p) => p.pattern === pattern);
  if (entry) entry.katas.push(slug);
  else curriculum.patterns.push({ pattern, katas: [slug] });
  writeFileAtomic(curriculumFile, `${JSON.stringify(curriculum, null, 2)}\n`);
  return { id: `${pattern}/${slug}`, files };
}

