/** `kata hack`'s best score in the state file: kept across loads and renames; an unreadable one is left out, named. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyState, loadState, migrateRenamed } from './store.ts';

function stateFileWith(katas: Record<string, unknown>): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-state-')), 'state.json');
  writeFileSync(file, JSON.stringify({ version: 1, katas }));
  return file;
}

const SOLVED = { status: 'passing', hintsShown: 0, history: [] };

describe('hackBest in the state file', () => {
  it('loads as written, with no warning', () => {
    const file = stateFileWith({ 'hashmap/two-sum': { ...SOLVED, hackBest: { killed: 4, total: 6, at: '2026-12-07T10:00:00Z' } } });
    const loaded = loadState(file, {});
    expect(loaded.warning).toBeUndefined();
    expect(loaded.state.katas['hashmap/two-sum']!.hackBest).toEqual({ killed: 4, total: 6, at: '2026-12-07T10:00:00Z' });
  });
  it('a kata without one (every earlier release) loads without one', () => {
    const loaded = loadState(stateFileWith({ 'hashmap/two-sum': SOLVED }), {});
    expect(loaded.warning).toBeUndefined();
    expect(loaded.state.katas['hashmap/two-sum']).toEqual(SOLVED);
  });
  it('an unreadable one is left out and named; the rest of the kata is kept', () => {
    const loaded = loadState(stateFileWith({ 'hashmap/two-sum': { ...SOLVED, hackBest: { killed: -1, total: 6 } } }), {});
    expect(loaded.state.katas['hashmap/two-sum']).toEqual(SOLVED);
    expect(loaded.warning).toContain('hashmap/two-sum: its kata hack best score (left out');
  });
  it('moves with a renamed kata', () => {
    const state = emptyState();
    state.katas['old/name'] = { status: 'passing', hintsShown: 0, history: [], hackBest: { killed: 2, total: 3, at: 'x' } };
    state.katas['new/name'] = { status: 'failing', hintsShown: 0, history: [] };
    migrateRenamed(state, { 'old/name': 'new/name' });
    expect(state.katas['new/name']!.hackBest).toEqual({ killed: 2, total: 3, at: 'x' });
  });
});
