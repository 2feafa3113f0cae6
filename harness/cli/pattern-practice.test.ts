/** Pattern practice: `kata list --pattern P` and watch mode's `--pattern P` (the katas it goes through, in order); "mastered" on the list. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listKatas } from '../catalogue/katas.ts';
import { listProgress, type ProgressRow } from '../learner/progress.ts';
import { initialState, step } from '../learner/watch/machine.ts';
import { startingKata } from '../learner/watch/session.ts';
import { emptyState, type State } from '../state/store.ts';
import { captureOutput, type Captured } from '../testing/output.ts';
import { main } from './main.ts';
import { renderProgress } from './render.ts';
import { stripVTControlCharacters } from 'node:util';

let out: Captured;
beforeEach(() => { out = captureOutput(); });
afterEach(() => vi.restoreAllMocks());

const stack = listKatas().filter((k) => k.pattern === 'stack').map((k) => k.slug);

describe('kata list --pattern', () => {
  it('lists that pattern alone, as the positional name does', async () => {
    expect(await main(['list', '--pattern', 'stack'])).toBe(0);
    const shown = out.stdout;
    expect(shown.split('\n')[0]).toMatch(/^stack \d+\/5 solved/);
    expect(shown).not.toContain('two-sum');
    for (const slug of stack) expect(shown).toContain(` ${slug} `);
    expect(await main(['list', 'stack'])).toBe(0);
    expect(out.stdout.slice(shown.length)).toBe(shown);
  });
  it('refuses an unknown pattern (exit 2), suggesting the nearest', async () => {
    expect(await main(['list', '--pattern', 'stak'])).toBe(2);
    expect(out.stderr).toContain('Unknown pattern `stak`. Did you mean `stack`?');
  });
  it('marks a mastered pattern on its line', async () => {
    const state: State = emptyState();
    for (const slug of stack) {
      state.katas[`stack/${slug}`] = { status: 'passing', hintsShown: 0, history: [{ at: '2026-12-01T10:00:00.000Z', status: 'passing', passed: 5, failed: 0, complexity: { verdict: 'ok', grows: 'O(n)', target: 'O(n)', ratio: 1, maxN: 1024, text: 'ok' } }] };
    }
    state.katas['hashmap/two-sum'] = state.katas['stack/min-stack']!;
    // Without colour whatever the environment says (CI=true turns picocolors on).
    const text = stripVTControlCharacters(renderProgress(await listProgress(undefined, state, new Date('2026-12-02T10:00:00.000Z'))));
    expect(text).toMatch(/^stack 5\/5 solved, 5\/5 meet their target · recall \d+% · mastered$/m);
    expect(text).toMatch(/^hashmap 1\/5 solved, 1\/5 meet their target · recall \d+%$/m);
  });
});

describe('kata watch --pattern', () => {
  const at = (rows: readonly ProgressRow[], id: string) => ({ ...rows.find((r) => r.id === id)!, status: 'passing' as const, complexity: { verdict: 'ok' as const, grows: 'O(n)', target: 'O(n)', ratio: 1, maxN: 1, text: 'ok' } });
  it('starts on the pattern’s first unsolved kata and moves on inside the pattern, wrapping around', async () => {
    const rows = await listProgress('stack', emptyState());
    expect(rows.map((r) => r.slug)).toEqual(stack);
    const solvedFirst = rows.map((r) => (r.id === 'stack/valid-brackets' ? at(rows, r.id) : r));
    const first = startingKata(solvedFirst, null, 'stack');
    expect(first?.id).toBe('stack/next-greater');
    let state = initialState(solvedFirst, first, false);
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      state = step(state, { type: 'key', key: 'n' }, (id) => `/ws/${id}.ts`).state;
      seen.push(state.current!.id);
    }
    expect(seen).toEqual(['stack/daily-temperatures', 'stack/min-stack', 'stack/largest-rectangle', 'stack/next-greater', 'stack/daily-temperatures']);
  });
  it('refuses a named kata outside the pattern', async () => {
    const rows = await listProgress('stack', emptyState());
    expect(() => startingKata(rows, 'hashmap/two-sum', 'stack')).toThrow('`hashmap/two-sum` is not a kata of the pattern `stack`');
    expect(startingKata(rows, 'stack/min-stack', 'stack')?.id).toBe('stack/min-stack');
  });
});
