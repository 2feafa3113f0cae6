import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { emptyState, HISTORY_LIMIT, kataStateSchema, loadState, migrateRenamed, recordCheck, saveState, updateState, type KataState } from './store.ts';
import { noteSolution, openAttempt, scheduleFirstPass } from './review.ts';

function tempFile(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-state-')), 'state.json');
}

describe('state store', () => {
  it('starts empty when there is no file yet', () => {
    expect(loadState(tempFile())).toEqual({ state: emptyState() });
  });
  it('round-trips what it saves and leaves no temporary file behind', async () => {
    const file = tempFile();
    await updateState((s) => recordCheck(s, 'hashmap/two-sum', { at: '2026-11-22T10:00:00Z', status: 'passing', passed: 3, failed: 0 }), file);
    expect(loadState(file).state.katas['hashmap/two-sum']?.status).toBe('passing');
    expect(readdirSync(path.dirname(file))).toEqual(['state.json']);
  });
  it.each([
    ['truncated', '{"version":1,"katas":{"hashmap/two'],
    ['not JSON', 'hello'],
    ['of a newer version', '{"version":99,"katas":{}}'],
  ])('keeps a %s file aside, names it in the warning, and starts fresh', (_, content) => {
    const file = tempFile();
    writeFileSync(file, content);
    const loaded = loadState(file);
    expect(loaded.state).toEqual(emptyState());
    const aside = readdirSync(path.dirname(file)).find((f) => f.startsWith('state.json.damaged-'));
    expect(aside, 'the damaged file is kept').toBeDefined();
    expect(readFileSync(path.join(path.dirname(file), aside!), 'utf8')).toBe(content);
    expect(loaded.warning).toContain(aside!);
  });
  it(`keeps the last ${HISTORY_LIMIT} verdicts of a kata`, () => {
    const state = emptyState();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) recordCheck(state, 'k/k', { at: String(i), status: 'failing', passed: 0, failed: 1 });
    const history = state.katas['k/k']!.history;
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]!.at).toBe('5');
  });
  it('saves through a rename so a reader never sees half a file', () => {
    const file = tempFile();
    saveState(emptyState(), file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(emptyState());
  });
});

describe('two kata processes at once', () => {
  it('lose none of each other\'s updates', { timeout: 60_000 }, async () => {
    const file = tempFile();
    const script = `
      import { updateState, kataState } from ${JSON.stringify(path.resolve(import.meta.dirname, 'store.ts'))};
      for (let i = 0; i < 25; i++) await updateState((s) => { kataState(s, 'k/k').hintsShown++; }, ${JSON.stringify(file)});
    `;
    const run = () => promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    await Promise.all([run(), run(), run()]);
    expect(loadState(file).state.katas['k/k']!.hintsShown).toBe(75);
  });
});

describe('upgrades of the workspace', () => {
  it('moves state of a renamed kata to its new id, and keeps katas it no longer lists', () => {
    const file = tempFile();
    const state = emptyState();
    recordCheck(state, 'hashmap/old-name', { at: '1', status: 'passing', passed: 3, failed: 0 });
    recordCheck(state, 'gone/retired', { at: '1', status: 'failing', passed: 0, failed: 1 });
    saveState(state, file);
    const loaded = loadState(file, { 'hashmap/old-name': 'hashmap/new-name' }).state;
    expect(loaded.katas['hashmap/new-name']?.status).toBe('passing');
    expect(loaded.katas['hashmap/old-name']).toBeUndefined();
    expect(loaded.katas['gone/retired']?.status, 'never dropped').toBe('failing');
  });
  it('joins histories when both ids have state, keeping the better status', () => {
    const state = emptyState();
    recordCheck(state, 'p/old', { at: '2026-01-01', status: 'passing', passed: 1, failed: 0 });
    recordCheck(state, 'p/new', { at: '2026-02-01', status: 'failing', passed: 0, failed: 1 });
    expect(migrateRenamed(state, { 'p/old': 'p/new' })).toEqual(['p/old → p/new']);
    expect(state.katas['p/new']!.status).toBe('passing');
    expect(state.katas['p/new']!.history.map((h) => h.at)).toEqual(['2026-01-01', '2026-02-01']);
  });
  it('shows katas new to the workspace as not started: they simply have no state yet', () => {
    expect(loadState(tempFile()).state.katas['hashmap/two-sum']).toBeUndefined();
  });
});

describe('a kata whose record is readable as a whole', () => {
  it('loads as written, every part of it (review, hackBest and the space verdict included), with no warning and no backup', () => {
    const file = tempFile();
    const kata: KataState = {
      status: 'passing',
      hintsShown: 1,
      history: [
        { at: '2026-12-01T10:00:00.000Z', status: 'failing', passed: 2, failed: 1 },
        { at: '2026-12-01T10:20:00.000Z', status: 'passing', passed: 3, failed: 0, complexity: { verdict: 'ok', grows: 'O(n)', target: 'O(n)', ratio: 1.1, maxN: 4096, text: 'O(n), like the reference' }, space: { verdict: 'regression', grows: 'O(n)', target: 'O(1)', bytes: 3_000_000, maxN: 1_048_576, text: '✗ space: grows like O(n); target O(1)' } },
      ],
      measurement: { at: '2026-12-01T10:20:00.000Z', n: [1024, 2048, 4096], learner: [0.1, 0.2, null], reference: [0.1, 0.2, 0.4], learnerSlope: 1, referenceSlope: 1, kind: 'doubling' },
      spaceMeasurement: { at: '2026-12-01T10:20:00.000Z', n: [262_144, 524_288, 1_048_576], learner: [800_000, 1_600_000, 3_000_000], reference: [0, 112, null], family: 'random values' },
      hackBest: { killed: 4, total: 6, at: '2026-12-02T09:00:00.000Z' },
    };
    scheduleFirstPass(kata, 'medium');
    openAttempt(kata, '/scratch/two-sum.ts', new Date('2026-12-05T08:00:00.000Z'));
    noteSolution(kata, new Date('2026-12-05T08:30:00.000Z'));
    // Every field the schema has: one added to kataStateSchema must be added here too, and so is checked.
    expect(Object.keys(kata).sort()).toEqual(Object.keys(kataStateSchema.shape).sort());
    const written = { version: 1, katas: { 'hashmap/two-sum': kata } };
    writeFileSync(file, JSON.stringify(written));
    const loaded = loadState(file, {});
    expect(loaded).toEqual({ state: JSON.parse(JSON.stringify(written)) });
  });
});
