/**
 * Discovery: which katas exist, in what order, and what their metadata says.
 * The order lives only in katas/curriculum.json; everything else is read from each kata's folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { closest, distance } from 'fastest-levenshtein';
import type { Difficulty, KataMeta } from '../kit/index.ts';
import { CURRICULUM_FILE, kataFiles } from '../base/paths.ts';
import { UserError } from '../base/errors.ts';
import { curriculumSchema, describeIssues, metaSchema, type Curriculum } from './schema.ts';
import { metaExport, saveMetaCache } from './meta-cache.ts';

export interface KataRef {
  id: string;
  pattern: string;
  slug: string;
  /** Position in the curriculum, from 0. */
  order: number;
}

export function readCurriculum(file = CURRICULUM_FILE): Curriculum {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UserError(`Cannot read the curriculum ${file}: ${(error as Error).message}. Restore it with \`git checkout -- katas/curriculum.json\`.`);
  }
  const parsed = curriculumSchema.safeParse(raw);
  if (!parsed.success) {
    throw new UserError(`The curriculum ${file} is invalid:\n  ${describeIssues(parsed.error).join('\n  ')}`);
  }
  return parsed.data;
}

/** Every kata of the curriculum, in teaching order. */
export function listKatas(curriculum = readCurriculum()): KataRef[] {
  const katas: KataRef[] = [];
  for (const { pattern, katas: slugs } of curriculum.patterns) {
    for (const slug of slugs) katas.push({ id: `${pattern}/${slug}`, pattern, slug, order: katas.length });
  }
  return katas;
}

export function patternsOf(katas: readonly KataRef[]): string[] {
  return [...new Set(katas.map((k) => k.pattern))];
}

/** A pattern by name (`--pattern`, `kata list <pattern>`); anything else is a UserError that lists the patterns and suggests the nearest. */
export function resolvePattern(typed: string, katas: readonly KataRef[] = listKatas()): string {
  const patterns = patternsOf(katas);
  const name = typed.replace(/^(?:\.\/)?katas\//, '').replace(/\/+$/, '');
  if (patterns.includes(name)) return name;
  const nearest = patterns.length ? closest(name, patterns) : undefined;
  const suggestion = nearest && distance(name, nearest) <= Math.max(2, Math.floor(name.length / 3)) ? ` Did you mean \`${nearest}\`?` : '';
  throw new UserError(`Unknown pattern \`${typed}\`.${suggestion} Patterns: ${patterns.join(', ')}.`);
}

/** What a shell's tab completion gives for a kata folder (`katas/hashmap/two-sum/`), as its id. */
function tabCompleted(typed: string): string {
  return typed.replace(/^(?:\.\/)?katas\//, '').replace(/\/+$/, '');
}

const KATA_NAME = /^[a-z0-9-]+(?:\/[a-z0-9-]+)?$/;

/**
 * A kata by full id (`hashmap/two-sum`) or unique slug (`two-sum`). Anything else is a UserError
 * that suggests the nearest name; a name that tries to leave the workspace is refused outright.
 */
export function resolveKata(typed: string, katas: readonly KataRef[] = listKatas()): KataRef {
  const name = tabCompleted(typed);
  if (!KATA_NAME.test(name)) {
    throw new UserError(
      `\`${typed}\` is not a kata name: expected \`<pattern>/<slug>\` or \`<slug>\` in lower-case letters, digits and hyphens. Run \`kata list\` to see them.`,
    );
  }
  const byId = katas.find((k) => k.id === name);
  if (byId) return byId;
  const bySlug = katas.filter((k) => k.slug === name);
  if (bySlug.length === 1) return bySlug[0]!;
  if (bySlug.length > 1) {
    throw new UserError(`\`${name}\` names several katas: ${bySlug.map((k) => `\`${k.id}\``).join(', ')}. Use the full id.`);
  }
  const candidates = name.includes('/') ? katas.map((k) => k.id) : katas.map((k) => k.slug);
  const nearest = candidates.length ? closest(name, candidates) : undefined;
  const suggestion =
    nearest && distance(name, nearest) <= Math.max(2, Math.floor(name.length / 3)) ? ` Did you mean \`${nearest}\`?` : '';
  throw new UserError(`Unknown kata \`${name}\`.${suggestion} Run \`kata list\` to see every kata.`);
}

/** Loads and validates a kata's metadata module. A broken one is a UserError naming the file. */
export async function loadMeta(id: string): Promise<KataMeta> {
  try {
    return await loadMetaUncommitted(id);
  } finally {
    saveMetaCache();
  }
}

/** loadMeta, leaving what it learnt in the metadata cache's memory (catalogue/meta-cache.ts) until saveMetaCache. */
async function loadMetaUncommitted(id: string): Promise<KataMeta> {
  const file = kataFiles(id).meta;
  if (!existsSync(file)) throw new UserError(`\`${id}\` has no metadata file: expected ${file}. Run \`kata dev lint\`.`);
  let exported: unknown;
  try {
    exported = await metaExport(file);
  } catch (error) {
    throw new UserError(`Cannot load ${file}: ${(error as Error).message}`);
  }
  const parsed = metaSchema.safeParse(exported);
  if (!parsed.success) {
    throw new UserError(`Invalid metadata in ${file}:\n  ${describeIssues(parsed.error).join('\n  ')}`);
  }
  return parsed.data as KataMeta;
}

/** A kata's difficulty (what counts as a fast pass when a review is graded); a kata whose metadata does not load counts as medium. */
export async function difficultyOf(id: string): Promise<Difficulty> {
  return difficultyOfMeta(await loadMeta(id).catch(() => undefined));
}

/** The same rule, for metadata already loaded (an entry of `loadAllMeta`): medium when it did not load. */
export function difficultyOfMeta(meta: KataMeta | Error | undefined): Difficulty {
  return meta && !(meta instanceof Error) ? meta.difficulty : 'medium';
}

/** Metadata of every kata that has a readable one; the others map to their error message. */
export async function loadAllMeta(katas: readonly KataRef[]): Promise<Map<string, KataMeta | Error>> {
  const entries = await Promise.all(
    katas.map(async (k) => [k.id, await loadMetaUncommitted(k.id).catch((e: Error) => e)] as const),
  );
  saveMetaCache();
  return new Map(entries);
}
