/**
 * The learner's own files live apart from the shipped content: `work/<pattern>/<slug>/<slug>.ts`,
 * git-ignored, created from the shipped stub the first time the learner opens a kata (check,
 * watch, start, path). `katas/` stays exactly as shipped, so pulling a newer version of the
 * workspace never conflicts with a solution.
 *
 * Beside each file, `.kata/base/<pattern>/<slug>/` keeps copies of the shipped stub, tests and
 * README it was started from: `kata update` compares them with the new shipped files to tell the
 * learner which of the katas they touched changed upstream (`kata diff` shows the change), and
 * replaces a file the learner never edited with the new stub.
 *
 * A learner of an earlier release wrote into `katas/` itself (the old layout): the first time such
 * a kata is opened, its edited file becomes the learner's file here, so nothing is lost.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { kataFiles, KATAS_DIR, learnerFile, ROOT, STATE_DIR, WORK_DIR } from '../base/paths.ts';
import { writeFileAtomic } from '../base/atomic.ts';
import { committedFile, isStubSource, shippedStub } from '../catalogue/stubs.ts';

/** The shipped files a learner's file depends on, as named to the learner. */
export const UPSTREAM_PARTS = ['README', 'tests', 'stub'] as const;
export type UpstreamPart = (typeof UPSTREAM_PARTS)[number];

export interface WorkPlaces {
  root: string;
  katas: string;
  work: string;
  state: string;
}

/** This workspace's places (tests and benches pass throwaway copies' instead). */
export const HERE: WorkPlaces = { root: ROOT, katas: KATAS_DIR, work: WORK_DIR, state: STATE_DIR };

function shippedFiles(id: string, places: WorkPlaces): Record<UpstreamPart, string> {
  const k = kataFiles(id, places.katas);
  return { README: k.readme, tests: k.test, stub: k.stub };
}

/** Where the copies of what the learner's file of `id` was started from are kept. */
export function baseFiles(id: string, places: WorkPlaces = HERE): Record<UpstreamPart, string> {
  const dir = path.join(places.state, 'base', ...id.split('/'));
  const slug = id.split('/')[1]!;
  return { README: path.join(dir, 'README.md'), tests: path.join(dir, `${slug}.test.ts`), stub: path.join(dir, `${slug}.ts`) };
}

function read(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The learner's edits to the shipped stub in `katas/` (the layout of earlier releases), or null
 * when the file is as shipped. With git, "as shipped" is the committed version; without, a file
 * that still throws NotImplemented.
 */
export function oldLayoutEdits(id: string, places: WorkPlaces = HERE): string | null {
  const file = kataFiles(id, places.katas).stub;
  const working = read(file);
  if (working === null) return null;
  const committed = committedFile(file, places.root);
  if (committed !== null) return working === committed && isStubSource(working) ? null : working;
  return isStubSource(working) ? null : working;
}

/** The shipped stub as it is now (the committed one when the working copy holds a learner's edits). */
export function currentStub(id: string, places: WorkPlaces = HERE): string | null {
  const working = read(kataFiles(id, places.katas).stub);
  if (working !== null && oldLayoutEdits(id, places) === null) return working;
  return shippedStub(id, places.root, { fromHistory: true });
}

/** Records what the learner's file of `id` starts from: the shipped README, tests and stub of now. */
export function recordBase(id: string, places: WorkPlaces = HERE, stub = currentStub(id, places)): void {
  const shipped = shippedFiles(id, places);
  const base = baseFiles(id, places);
  for (const part of UPSTREAM_PARTS) {
    const content = part === 'stub' ? stub : read(shipped[part]);
    if (content !== null) writeFileAtomic(base[part], content);
  }
}

export interface OpenedWork {
  file: string;
  /** 'stub': created from the shipped stub; 'old-layout': from the learner's edits in katas/; null: it existed. */
  created: 'stub' | 'old-layout' | null;
}

/** The learner's file of `id`, created on first use (from their old-layout edits if they have any). */
export function openWork(id: string, places: WorkPlaces = HERE): OpenedWork {
  const file = learnerFile(id, places.work);
  if (existsSync(file)) return { file, created: null };
  const edits = oldLayoutEdits(id, places);
  const stub = currentStub(id, places);
  if (edits === null && stub === null) throw new Error(`kata ${id} has no stub in ${places.katas} nor in git history`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, edits ?? stub!);
  recordBase(id, places, stub);
  return { file, created: edits === null ? 'stub' : 'old-layout' };
}

/** Whether the learner's file of `id` is still byte-identical to the stub it was started from. */
export function isUntouched(id: string, places: WorkPlaces = HERE): boolean {
  const mine = read(learnerFile(id, places.work));
  return mine !== null && mine === read(baseFiles(id, places).stub);
}

/** Which shipped files of `id` differ from what the learner's file was started from (none without a record). */
export function upstreamChanges(id: string, places: WorkPlaces = HERE): UpstreamPart[] {
  const base = baseFiles(id, places);
  if (!existsSync(base.stub)) return [];
  const shipped = shippedFiles(id, places);
  const now: Record<UpstreamPart, string | null> = { README: read(shipped.README), tests: read(shipped.tests), stub: currentStub(id, places) };
  return UPSTREAM_PARTS.filter((part) => existsSync(base[part]) && read(base[part]) !== now[part]);
}

/**
 * A learner's file they never edited, whose shipped stub changed: it takes the new stub (there is
 * nothing of theirs to lose). Returns whether it did.
 */
export function refreshUntouched(id: string, places: WorkPlaces = HERE): boolean {
  if (!isUntouched(id, places)) return false;
  const changed = upstreamChanges(id, places);
  if (changed.length === 0) return false;
  const stub = currentStub(id, places);
  if (stub === null) return false;
  if (changed.includes('stub')) writeFileAtomic(learnerFile(id, places.work), stub);
  recordBase(id, places, stub);
  return true;
}

/** Keeps a copy of a learner's file under .kata/backups/<pattern>/<slug>/ before anything replaces it. */
export function backUp(id: string, source: string, places: WorkPlaces = HERE, now = new Date()): string {
  const dir = path.join(places.state, 'backups', ...id.split('/'));
  mkdirSync(dir, { recursive: true });
  const backup = path.join(dir, `${id.split('/')[1]}.${now.toISOString().replace(/[:.]/g, '-')}.ts`);
  copyFileSync(source, backup);
  return backup;
}
