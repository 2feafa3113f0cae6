/**
 * The learner's state: progress, hints shown, and the history of verdicts of every kata.
 * One JSON file under the git-ignored .kata/ folder, validated on read, written atomically.
 * A damaged file is moved aside (and named in a warning), never silently discarded.
 */
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import lockfile from 'proper-lockfile';
import path from 'node:path';
import { z } from 'zod';
import { CURRICULUM_FILE, STATE_DIR } from '../base/paths.ts';
import { writeFileAtomic } from '../base/atomic.ts';
import { checkRecordSchema, measurementRecordSchema, statusSchema, type CheckRecord } from '../outcome/outcome.ts';

export const STATE_VERSION = 1;

export const kataStateSchema = z.object({
  status: statusSchema,
  hintsShown: z.number().int().nonnegative(),
  history: z.array(checkRecordSchema),
  measurement: measurementRecordSchema.optional(),
});
export type KataState = z.infer<typeof kataStateSchema>;

export const stateSchema = z.object({
  version: z.literal(STATE_VERSION),
  katas: z.record(z.string(), kataStateSchema),
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
  /** Set when the file was damaged and moved aside: says where it went. */
  warning?: string;
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
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) {
      migrateRenamed(parsed.data, renamed);
      return { state: parsed.data };
    }
    problem = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).slice(0, 3).join('; ');
  } catch (error) {
    problem = (error as Error).message;
  }
  const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(file, aside);
  return {
    state: emptyState(),
    warning: `The state file ${file} was damaged (${problem}); it was moved to ${aside} and a fresh one started. Your solutions are untouched.`,
  };
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
        }
      : old;
    delete state.katas[from];
    moved.push(`${from} → ${to}`);
  }
  return moved;
}

export function saveState(state: State, file = stateFile()): void {
  writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
}

/**
 * Read, change, write: the one way commands update state. Holds a lock on the file for the whole
 * read-modify-write, so two `kata` processes at once (watch mode and a check in another terminal)
 * never lose each other's updates. Returns the new state and any load warning.
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
