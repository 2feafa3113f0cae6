/** Watch mode's screen fits the terminal: the kata list never has more lines than the terminal has rows, text wraps to its width. */
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { listProgress, type ProgressRow } from '../learner/progress.ts';
import { initialState, pagesOf, step, type WatchState } from '../learner/watch/machine.ts';
import { emptyState } from '../state/store.ts';
import { renderWatch } from './watch-view.ts';

let rows: ProgressRow[];
beforeAll(async () => { rows = await listProgress(undefined, emptyState()); });

const press = (state: WatchState, ...keys: string[]) => keys.reduce((s, key) => step(s, { type: 'key', key }, (id) => `/ws/${id}.ts`).state, state);
/** The rows a screen takes: every line, and the one the cursor ends on (out() ends with a newline). */
const rowsTaken = (screen: string) => screen.split('\n').length + 1;

describe('the watch screen in a terminal', () => {
  it('draws each page of the list (every kata, about 100 lines in all) in a 40-row terminal, numbered', () => {
    const state = press(initialState(rows, rows[0]!, false, { height: 40 }), 'p');
    const pages = pagesOf(state).length;
    expect(pages).toBeGreaterThan(1);
    const seen: string[] = [];
    let at = state;
    for (let page = 0; page < pages; page++) {
      const screen = renderWatch(at, { tty: true, columns: 100 });
      expect(rowsTaken(screen), `page ${page + 1}`).toBeLessThanOrEqual(40);
      for (const line of screen.split('\n')) expect([...stripVTControlCharacters(line)].length).toBeLessThanOrEqual(100);
      seen.push(...[...stripVTControlCharacters(screen).matchAll(/^[ ›]\s+(\d+) [·✗✓] (\S+)/gm)].map((m) => `${m[1]} ${m[2]}`));
      at = press(at, ']');
    }
    expect(seen).toEqual(rows.map((r, i) => `${i + 1} ${r.slug}`));
    const first = stripVTControlCharacters(renderWatch(state, { tty: false }));
    expect(first).toMatch(/^kata watch · hashmap\/two-sum/);
    expect(first).toMatch(new RegExp(`Pick a kata: type its number, then Enter\\. \\(${rows.length} katas, page 1/${pages}\\)`));
    expect(first).toMatch(/^› +1 · two-sum /m);
  });

  it('fits a short terminal too, and the focused pattern alone', () => {
    const short = press(initialState(rows, rows[0]!, false, { height: 12 }), 'p');
    for (const at of [short, press(short, ']'), press(short, ']', ']')]) {
      const screen = renderWatch(at, { tty: true, columns: 50 });
      expect(rowsTaken(screen)).toBeLessThanOrEqual(12);
      for (const line of screen.split('\n')) expect([...stripVTControlCharacters(line)].length, 'each line cut to the width: no line takes two rows').toBeLessThanOrEqual(50);
    }
    const stack = press(initialState(rows, rows.find((r) => r.pattern === 'stack')!, false, { focus: 'stack', height: 40 }), 'p');
    const screen = stripVTControlCharacters(renderWatch(stack, { tty: false }));
    expect(screen).toContain('(stack: 5 katas, page 1/1)');
    expect(screen).not.toContain('two-sum');
    expect(screen).toMatch(/^kata watch · stack\/\S+ .* · stack only: 0\/5 solved/);
  });

  it('wraps a hint at spaces to the terminal width', () => {
    const text = 'Keep a map from each value to its index while you scan the array once; look up target minus the element before you store it.';
    const hinted = step(initialState(rows, rows[0]!, false), { type: 'hint-shown', shown: 1, total: 3, text }, () => '').state;
    const lines = stripVTControlCharacters(renderWatch(hinted, { tty: true, columns: 40 })).split('\n');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(40);
    const hint = lines.slice(lines.findIndex((l) => l.startsWith('Hint 1/3:')));
    expect(hint.slice(0, 3)).toEqual(['Hint 1/3: Keep a map from each value to', 'its index while you scan the array once;', 'look up target minus the element before']);
    expect(stripVTControlCharacters(renderWatch(hinted, { tty: false })), 'not a terminal: one line').toContain(`Hint 1/3: ${text}`);
  });
});
