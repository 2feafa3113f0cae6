/** The kata list cut into pages that fit the terminal (watch mode's p and l). */
import { describe, expect, it } from 'vitest';
import type { ProgressRow } from '../progress.ts';
import { pageHeight, PICKER_CHROME, pickerPages, type PickerLine } from './pages.ts';

const row = (id: string): ProgressRow => ({
  id, pattern: id.split('/')[0]!, slug: id.split('/')[1]!, order: 0, title: id, difficulty: 'easy', target: 'O(n)', status: 'not-started', hintsShown: 0, complexity: null,
});
/** 67 katas in 13 patterns of 4 to 7, like the curriculum. */
const curriculum = Array.from({ length: 13 }, (_, p) => Array.from({ length: 4 + (p % 4) }, (_, k) => row(`p${p}/k${k}`))).flat();
const numbers = (pages: PickerLine[][]) => pages.flat().flatMap((l) => (l.kind === 'kata' ? [l.number] : []));

describe('the kata list in pages', () => {
  it('numbers every kata once, in order, across the pages', () => {
    for (const height of [2, 3, 5, 10, 35, 200]) {
      expect(numbers(pickerPages(curriculum, height)), `height ${height}`).toEqual(curriculum.map((_, i) => i + 1));
    }
  });

  it('never puts more lines on a page than it holds, and never ends a page on a heading or a gap', () => {
    for (const height of [2, 3, 4, 7, 19, 35]) {
      for (const page of pickerPages(curriculum, height)) {
        expect(page.length, `height ${height}`).toBeLessThanOrEqual(height);
        expect(page.at(-1)?.kind, `height ${height}`).toBe('kata');
        expect(page[0]?.kind, 'each page opens with its pattern').toBe('pattern');
      }
    }
  });

  it('repeats the heading, marked continued, on a page that starts inside a pattern', () => {
    const pages = pickerPages([row('a/1'), row('a/2'), row('a/3'), row('a/4'), row('b/5')], 3);
    expect(pages.map((p) => p.map((l) => (l.kind === 'kata' ? l.number : l.kind === 'pattern' ? `${l.pattern}${l.continued ? '+' : ''}` : '-')))).toEqual([
      ['a', 1, 2], ['a+', 3, 4], ['b', 5],
    ]);
    expect(pickerPages([row('a/1'), row('b/2')], 10)).toEqual([[
      { kind: 'pattern', pattern: 'a', continued: false }, { kind: 'kata', number: 1, row: row('a/1') },
      { kind: 'gap' }, { kind: 'pattern', pattern: 'b', continued: false }, { kind: 'kata', number: 2, row: row('b/2') },
    ]]);
  });

  it('fits a 40-row terminal with its chrome, and has one empty page for no katas', () => {
    expect(pageHeight(40)).toBe(40 - PICKER_CHROME);
    expect(pageHeight(3)).toBe(2);
    expect(pickerPages([], 10)).toEqual([[]]);
  });
});
