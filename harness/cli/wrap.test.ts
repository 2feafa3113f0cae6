/** Text wrapped at spaces to the terminal's width (watch mode's hints, messages and solution). */
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cutToWidth, wrapToWidth } from './wrap.ts';

const hint = 'Keep a map from each value to its index while you scan the array once; for every element, look up target minus that element before you store the element itself, so a pair is found the moment its second half arrives.';
const words = (text: string) => stripVTControlCharacters(text).split(/\s+/).filter(Boolean);
const width = (line: string) => [...stripVTControlCharacters(line)].length;

describe('wrapping to the terminal width', () => {
  it('breaks a long hint only at spaces, no line longer than the width', () => {
    for (const columns of [20, 33, 40, 80]) {
      const lines = wrapToWidth(`Hint 1/3: ${hint}`, columns).split('\n');
      expect(lines.length, `${columns} columns`).toBeGreaterThan(1);
      for (const line of lines) expect(width(line), `${columns}: "${line}"`).toBeLessThanOrEqual(columns);
      // Every word whole: joined back at the breaks, the words are the hint's words.
      expect(lines.flatMap(words)).toEqual(words(`Hint 1/3: ${hint}`));
      for (const line of lines) expect(line, 'no space left at a break').toBe(line.trim());
    }
  });

  it('keeps escape codes intact across a break', () => {
    const coloured = `\x1b[1mHint 1/3:\x1b[22m \x1b[33m${hint}\x1b[39m`;
    const lines = wrapToWidth(coloured, 30).split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(width(line)).toBeLessThanOrEqual(30);
      // Every escape sequence on a line is whole (no ESC without its "[...m").
      expect(line.replace(/\x1b\[[0-9;]*m/g, '')).not.toContain('\x1b');
    }
    expect(lines[0]).toContain('\x1b[1mHint 1/3:\x1b[22m');
    expect(lines.slice(1).every((l) => l.startsWith('\x1b[33m') && l.endsWith('\x1b[39m')), 'the colour closed at each break and opened again').toBe(true);
  });

  it('keeps a code line\'s indent on its continuation lines, and leaves lines that fit as they are', () => {
    const code = '    const seen = new Map<number, number>(); // value to the index where it was seen';
    const lines = wrapToWidth(code, 40).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.startsWith('    ') && !line.startsWith('     ')).toBe(true);
      expect(width(line)).toBeLessThanOrEqual(40);
    }
    const fits = 'short line   \n  indented\n\nlast';
    expect(wrapToWidth(fits, 40)).toBe(fits);
  });

  it('changes nothing without a width (not a terminal)', () => {
    expect(wrapToWidth(hint, null)).toBe(hint);
    expect(cutToWidth(hint, undefined)).toBe(hint);
  });

  it('cuts a list line to the width, colour closed', () => {
    const line = `  1 \x1b[32m✓\x1b[39m two-sum  easy  O(n)  ${'\x1b[32m'}passing target met, and a long regression note after it${'\x1b[39m'}`;
    const cut = cutToWidth(line, 30);
    expect(width(cut)).toBe(30);
    expect(cut.endsWith('\x1b[39m')).toBe(true);
  });
});
