/**
 * Watch mode's kata list (`p`, `l`) cut into pages that fit the terminal: the katas in curriculum
 * order, numbered from 1, under a heading per pattern. A page starting inside a pattern repeats its
 * heading; a heading never ends a page. Pure, so the machine pages with the same cut the screen draws.
 */
import type { ProgressRow } from '../progress.ts';

export type PickerLine =
  | { kind: 'pattern'; pattern: string; continued: boolean }
  | { kind: 'kata'; number: number; row: ProgressRow }
  | { kind: 'gap' };

/** Lines of the screen around a page: the header, the picker's title, a blank line, its key line, and the line the cursor ends on. */
export const PICKER_CHROME = 5;

/** A sensible height when the output is no terminal (a pipe has no rows): a classic 24-row screen. */
export const DEFAULT_ROWS = 24;

/** How many list lines a page holds in a terminal of `rows` rows (at least a heading and one kata). */
export function pageHeight(rows: number): number {
  return Math.max(2, rows - PICKER_CHROME);
}

/** The pages of `rows`, each at most `height` lines (at least 2: a heading and a kata). */
export function pickerPages(rows: readonly ProgressRow[], height: number): PickerLine[][] {
  const max = Math.max(2, height);
  const pages: PickerLine[][] = [];
  let page: PickerLine[] = [];
  rows.forEach((row, i) => {
    const kata: PickerLine = { kind: 'kata', number: i + 1, row };
    if (i === 0 || row.pattern !== rows[i - 1]!.pattern) {
      // A gap (except at the top), the heading and at least one kata, or a new page.
      if (max - page.length < (page.length > 0 ? 3 : 2)) { pages.push(page); page = []; }
      if (page.length > 0) page.push({ kind: 'gap' });
      page.push({ kind: 'pattern', pattern: row.pattern, continued: false });
    } else if (page.length >= max) {
      pages.push(page);
      page = [{ kind: 'pattern', pattern: row.pattern, continued: true }];
    }
    page.push(kata);
  });
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
