/**
 * The learner's state: progress, hints shown, and the history of verdicts of every kata.
 * One JSON file under the git-ignored .kata/ folder, validated on read, written atomically.
 * A file of any release reads (older versions migrate; a part this version cannot read is left out,
 * named in a warning, and the original kept once before the next write). Only a file that cannot be
 * read at all (not JSON, no map of katas, or written by a newer version) is moved aside, never
 * silently discarded.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import lockfile from 'proper-lockfile';
import path from 'node:path';
import { z } from 'zod';
import { CURRICULUM_FILE, STATE_DIR } from '../base/paths.ts';
import { writeFileAtomic } from '../base/atomic.ts';
import { checkRecordSchema, measurementRecordSchema, spaceMeasurementRecordSchema, statusSchema, type CheckRecord } from '../outcome/outcome.ts';
import { isoTimeSchema, reviewStateSchema } from './review.ts';
import { interviewRoundSchema } from './interview.ts';

/**
 * The version of the current shape. Every release so far wrote version 1, in these shapes (one
 * fixture of each in fixtures/); each only added optional parts, so the current schema reads all:
 * - 3fe2e8f (2026-11-22 10:30): history entries {at, status, passed, failed}; no time verdicts.
 * - b3385a2 (2026-11-22 10:36): an entry may carry `complexity` {verdict, grows, target, ratio,
 *   maxN, text}.
 * - 07ca354 (2026-11-22 11:11): a kata may carry `measurement`.
 * - `kata review`: a kata may carry `review` (its FSRS card, graded attempts, an attempt in progress).
 * - `kata interview`: the file may carry `interviews`, the rounds (state/interview.ts).
 * - the space stage (still current): a history entry may carry `space`, a kata `spaceMeasurement`.
 * (The schema of 3fe2e8f also allowed a `complexity` without `text` and a verdict `skipped`; no
 * release wrote one: the time stage arrived with b3385a2 and its `text` and verdicts.)
 */
export const STATE_VERSION = 1;

/** `kata hack`'s best score: how many of the kata's mutants the learner's own tests killed, of how many, and when. */
export const hackBestSchema = z.object({ killed: z.number().int().nonnegative(), total: z.number().int().nonnegative(), at: isoTimeSchema });
export type HackBest = z.infer<typeof hackBestSchema>;

export const kataStateSchema = z.object({
  status: statusSchema,
  hintsShown: z.number().int().nonnegative(),
  history: z.array(checkRecordSchema),
  measurement: measurementRecordSchema.optional(),
  /** The latest memory measurement (the space stage), for the report's charts. */
  spaceMeasurement: spaceMeasurementRecordSchema.optional(),
  review: reviewStateSchema.optional(),
  hackBest: hackBestSchema.optional(),
});
export type KataState = z.infer<typeof kataStateSchema>;

export const stateSchema = z.object({
  version: z.literal(STATE_VERSION),
  katas: z.record(z.string(), kataStateSchema),
  /** `kata interview`'s rounds, oldest first (state/interview.ts). */
  interviews: z.array(interviewRoundSchema).optional(),
});
export type State = z.infer<typeof stateSchema>;

/** How many verdicts per kata are kept. */
export const HISTORY_LIMIT = 50;

export function emptyState(): State {
  return { version: STATE_VERSION, katas: {} };
}

export function emptyKataState(): KataState {
  return { status: 'not-started', hintsShown: 0, history: [] };
}

export interface LoadedState {
  state: State;
  /** Set when the file was moved aside (says where it went), or when parts of it were left out (says which). */
  warning?: string;
  /** Set when the file was read with changes: where `updateState` keeps the original before it first rewrites it. */
  backup?: string;
}

type FileObject = Record<string, unknown>;

/** Converts a file of version `from` to version `to`; every field it adds gets a default it states. */
export interface Migration {
  from: number;
  to: number;
  up(file: FileObject): FileObject;
}

/**
 * The migrations, in order, each from one version to the next. None yet: version 1 is the only
 * version written. When the shape next changes in a way the current schema cannot read (a field
 * becomes required, a value changes meaning), bump STATE_VERSION, add a fixture as the release
 * before wrote it, and add the migration from the old version here.
 */
export const MIGRATIONS: readonly Migration[] = [];

/** Applies the migrations from version `from` on, in order. */
export function upgrade(file: FileObject, from: number, migrations: readonly Migration[] = MIGRATIONS): FileObject {
  let version = from;
  for (const migration of migrations) {
    if (migration.from !== version) continue;
    file = migration.up(file);
    version = migration.to;
  }
  return file;
}

function isObject(value: unknown): value is FileObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstIssue(error: z.ZodError, at = ''): string {
  const issue = error.issues[0]!;
  return `${[at, ...issue.path.map(String)].filter(Boolean).join('.')}: ${issue.message}`;
}

/**
 * One kata's record: kept as the current schema reads it when all of it is readable (so a field
 * added to `kataStateSchema` needs nothing here). Otherwise part by part: an unreadable history
 * entry is left out, an unreadable status is taken from the latest check (not-started without one),
 * unreadable hints shown count as 0, an unreadable measurement is dropped (the next check measures
 * again). Each of these adds a note naming the kata. A value that is no record at all is left out.
 */
function salvageKata(id: string, value: unknown, notes: string[]): KataState | null {
  const whole = kataStateSchema.safeParse(value);
  if (whole.success) return whole.data;
  if (!isObject(value)) {
    notes.push(`${id}: not a kata's record (left out)`);
    return null;
  }
  const history: CheckRecord[] = [];
  if (Array.isArray(value.history)) {
    let unread = 0;
    let first = '';
    value.history.forEach((entry, i) => {
      const parsed = checkRecordSchema.safeParse(entry);
      if (parsed.success) history.push(parsed.data);
      else {
        unread++;
        first ||= firstIssue(parsed.error, `history[${i}]`);
      }
    });
    if (unread > 0) notes.push(`${id}: ${unread} history ${unread === 1 ? 'entry' : 'entries'} left out (${first})`);
  } else {
    notes.push(`${id}: its history is not a list (started empty)`);
  }
  const status = statusSchema.safeParse(value.status);
  const hints = kataStateSchema.shape.hintsShown.safeParse(value.hintsShown);
  const kata: KataState = {
    status: status.success ? status.data : (history.at(-1)?.status ?? 'not-started'),
    hintsShown: hints.success ? hints.data : 0,
    history,
  };
  if (!status.success) notes.push(`${id}: status ${JSON.stringify(value.status)} (set to ${kata.status}, ${history.length > 0 ? 'its latest check\'s' : 'as it has no check'})`);
  if (!hints.success) notes.push(`${id}: hints shown ${JSON.stringify(value.hintsShown)} (set to 0)`);
  if (value.measurement !== undefined) {
    const measurement = measurementRecordSchema.safeParse(value.measurement);
    if (measurement.success) kata.measurement = measurement.data;
    else notes.push(`${id}: its measurement (left out, the next check measures again; ${firstIssue(measurement.error)})`);
  }
  if (value.spaceMeasurement !== undefined) {
    const measurement = spaceMeasurementRecordSchema.safeParse(value.spaceMeasurement);
    if (measurement.success) kata.spaceMeasurement = measurement.data;
    else notes.push(`${id}: its memory measurement (left out, the next check measures again; ${firstIssue(measurement.error)})`);
  }
  if (value.review !== undefined) {
    const review = reviewStateSchema.safeParse(value.review);
    if (review.success) kata.review = review.data;
    else notes.push(`${id}: its review schedule (left out, made again from its history; ${firstIssue(review.error)})`);
  }
  if (value.hackBest !== undefined) {
    const best = hackBestSchema.safeParse(value.hackBest);
    if (best.success) kata.hackBest = best.data;
    else notes.push(`${id}: its kata hack best score (left out, the next run of kata hack records one; ${firstIssue(best.error)})`);
  }
  return kata;
}

type ReadFile =
  | { state: State; from: number; notes: string[] }
  | { problem: string; newer?: true };

/** A parsed state file as the current shape: migrated from its version, then read part by part. */
function readStateFile(raw: unknown): ReadFile {
  if (!isObject(raw)) return { problem: 'not a JSON object' };
  if (!isObject(raw.katas)) return { problem: 'no map of katas' };
  const notes: string[] = [];
  let from = 1;
  if (typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 1) from = raw.version;
  else notes.push(`version ${JSON.stringify(raw.version)} (read as version 1)`);
  if (from > STATE_VERSION) {
    return { problem: `it was written by a newer version of the harness: state version ${from}, this one reads up to ${STATE_VERSION}`, newer: true };
  }
  const file = upgrade(raw, from);
  const katas = Object.entries(file.katas as FileObject).flatMap(([id, value]) => {
    const kata = salvageKata(id, value, notes);
    return kata ? [[id, kata] as const] : [];
  });
  const state: State = { version: STATE_VERSION, katas: Object.fromEntries(katas) };
  if (file.interviews !== undefined) {
    // Round by round: an unreadable round is left out, the others kept.
    const listed: unknown[] | null = Array.isArray(file.interviews) ? file.interviews : null;
    const rounds = (listed ?? []).map((r) => interviewRoundSchema.safeParse(r));
    state.interviews = rounds.flatMap((r) => (r.success ? [r.data] : []));
    const unread = rounds.flatMap((r, i) => (r.success ? [] : [firstIssue(r.error, `interviews[${i}]`)]));
    if (!listed) notes.push('interviews: not a list (left out)');
    else if (unread.length > 0) notes.push(`interviews: ${unread.length} round${unread.length === 1 ? '' : 's'} left out (${unread[0]})`);
  }
  return { state, from, notes };
}

export function stateFile(dir = STATE_DIR): string {
  return path.join(dir, 'state.json');
}

/** The curriculum's rename map; an unreadable curriculum renames nothing (lint reports it). */
function curriculumRenames(): Record<string, string> {
  try {
    return (JSON.parse(readFileSync(CURRICULUM_FILE, 'utf8')) as { renamed?: Record<string, string> }).renamed ?? {};
  } catch {
    return {};
  }
}

export function loadState(file = stateFile(), renamed: Readonly<Record<string, string>> = curriculumRenames()): LoadedState {
  if (!existsSync(file)) return { state: emptyState() };
  let problem: string;
  let newer = false;
  try {
    const read = readStateFile(JSON.parse(readFileSync(file, 'utf8')));
    if ('state' in read) {
      migrateRenamed(read.state, renamed);
      if (read.from === STATE_VERSION && read.notes.length === 0) return { state: read.state };
      const backup = `${file}.v${read.from}-backup`;
      if (read.notes.length === 0) return { state: read.state, backup };
      const kept = existsSync(backup) ? `an earlier original stays in ${backup}` : `the file as it is now is kept as ${backup} before it is next written`;
      return {
        state: read.state,
        backup,
        warning: `The state file ${file} has parts this version cannot read: ${read.notes.join('; ')}. Everything else is kept; ${kept}.`,
      };
    }
    problem = read.problem;
    newer = read.newer ?? false;
  } catch (error) {
    problem = (error as Error).message;
  }
  const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(file, aside);
  return {
    state: emptyState(),
    warning: `The state file ${file} ${newer ? 'could not be read' : 'was damaged'} (${problem}); it was moved to ${aside} and a fresh one started. Your solutions are untouched.`,
  };
}

/** Copies `file` to `backup` unless a backup is there already: never overwritten, never half written. */
function keepOnce(file: string, backup: string): void {
  if (existsSync(backup)) return;
  const temp = `${backup}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    copyFileSync(file, temp);
    linkSync(temp, backup);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Moves state recorded under renamed kata ids to their new ids (old → new, from the curriculum).
 * When both exist, the histories are joined and the better status kept. Returns the ids moved.
 * Katas the workspace no longer lists stay in the file untouched: nothing is dropped.
 */
export function migrateRenamed(state: State, renamed: Readonly<Record<string, string>>): string[] {
  const moved: string[] = [];
  const rank = { 'not-started': 0, failing: 1, passing: 2 } as const;
  for (const [from, to] of Object.entries(renamed)) {
    const old = state.katas[from];
    if (!old || from === to) continue;
    const current = state.katas[to];
    state.katas[to] = current
      ? {
          status: rank[current.status] >= rank[old.status] ? current.status : old.status,
          hintsShown: Math.max(current.hintsShown, old.hintsShown),
          history: [...old.history, ...current.history].sort((a, b) => a.at.localeCompare(b.at)).slice(-HISTORY_LIMIT),
          ...(current.measurement ?? old.measurement ? { measurement: (current.measurement ?? old.measurement)! } : {}),
          ...(current.spaceMeasurement ?? old.spaceMeasurement ? { spaceMeasurement: (current.spaceMeasurement ?? old.spaceMeasurement)! } : {}),
          ...(current.review ?? old.review ? { review: (current.review ?? old.review)! } : {}),
          ...(current.hackBest ?? old.hackBest ? { hackBest: (current.hackBest ?? old.hackBest)! } : {}),
        }
      : old;
    delete state.katas[from];
    moved.push(`${from} → ${to}`);
  }
  for (const round of state.interviews ?? []) {
    const to = renamed[round.id];
    if (to && to !== round.id) Object.assign(round, { id: to, pattern: to.split('/')[0]! });
  }
  return moved;
}

export function saveState(state: State, file = stateFile()): void {
  writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
}

/**
 * Read, change, write: the one way commands update state. Holds a lock on the file for the whole
 * read-modify-write, so two `kata` processes at once (watch mode and a check in another terminal)
 * never lose each other's updates. A file read with changes (an older version migrated, or parts
 * left out) is first kept once beside it as state.json.v<version>-backup. Returns the new state and
 * any load warning.
 */
export async function updateState(change: (state: State) => void, file = stateFile()): Promise<LoadedState> {
  mkdirSync(path.dirname(file), { recursive: true });
  const release = await lockfile.lock(file, {
    realpath: false,
    stale: 10_000,
    retries: { retries: 100, factor: 1.3, minTimeout: 10, maxTimeout: 250, randomize: true },
  });
  try {
    const loaded = loadState(file);
    change(loaded.state);
    if (loaded.backup) keepOnce(file, loaded.backup);
    saveState(loaded.state, file);
    return loaded;
  } finally {
    await release();
  }
}

export function kataState(state: State, id: string): KataState {
  return (state.katas[id] ??= emptyKataState());
}

export function recordCheck(state: State, id: string, entry: CheckRecord): void {
  const kata = kataState(state, id);
  kata.status = entry.status;
  kata.history.push(entry);
  if (kata.history.length > HISTORY_LIMIT) kata.history.splice(0, kata.history.length - HISTORY_LIMIT);
}
