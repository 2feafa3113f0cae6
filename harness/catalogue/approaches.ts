/**
 * A kata's approaches: correct solutions written independently of the reference, that the
 * complexity engine is judged on. `optimal-<how>.ts` grows like the target and must never be
 * flagged; `slow-<how>.ts` grows worse on some input and must be flagged. The shipped brute force
 * is one more slow approach, kept where it always was.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { solutionFiles } from '../base/paths.ts';

export type ApproachKind = 'optimal' | 'slow';

export interface Approach {
  id: string;
  kind: ApproachKind;
  /** The file name without `.ts`, e.g. `slow-sort-inside-loop`. */
  name: string;
  file: string;
  /**
   * For a slow approach the engine does not flag yet: why, from a ` * known miss: …` line in its
   * header. The self-check reports it as a known gap instead of failing; README lists them.
   */
  knownMiss?: string;
  /**
   * For an approach that meets the time target but not the kata's space target: why, from a
   * ` * space-heavy: …` line in its header. The space check wants it flagged on space.
   */
  spaceHeavy?: string;
}

const APPROACH_FILE = /^(optimal|slow)-[a-z0-9-]+\.ts$/;

/** Every approach file of a kata, sorted by name; files not named `optimal-…` or `slow-…` are left to lint. */
export function approachesOf(id: string): Approach[] {
  const dir = solutionFiles(id).approaches;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => APPROACH_FILE.test(f))
    .sort()
    .map((f): Approach => {
      const file = path.join(dir, f);
      const source = readFileSync(file, 'utf8');
      const knownMiss = knownMissOf(source);
      const spaceHeavy = spaceHeavyOf(source);
      return { id, kind: f.startsWith('optimal-') ? 'optimal' : 'slow', name: f.replace(/\.ts$/, ''), file, ...(knownMiss ? { knownMiss } : {}), ...(spaceHeavy ? { spaceHeavy } : {}) };
    });
}

/** Names in approaches/ that are not approach files (lint reports them). */
export function strayApproachFiles(id: string): string[] {
  const dir = solutionFiles(id).approaches;
  return existsSync(dir) ? readdirSync(dir).filter((f) => !APPROACH_FILE.test(f)) : [];
}

/**
 * Items of many katas in rounds: round r holds the r-th item of every kata that has that many, so
 * one implementation per kata runs per batch and a whole set runs in a few batches.
 */
export function inRounds<T extends { id: string }>(items: readonly T[]): T[][] {
  const byKata = new Map<string, T[]>();
  for (const item of items) byKata.set(item.id, [...(byKata.get(item.id) ?? []), item]);
  const count = Math.max(0, ...[...byKata.values()].map((list) => list.length));
  return Array.from({ length: count }, (_, r) => [...byKata.values()].flatMap((list) => (list[r] ? [list[r]!] : [])));
}

/** The approaches of one kind across katas, in rounds (see inRounds), keyed by kata id. */
export function approachRounds(ids: readonly string[], kind: ApproachKind): Record<string, Approach>[] {
  return inRounds(ids.flatMap((id) => approachesOf(id).filter((a) => a.kind === kind))).map((round) => Object.fromEntries(round.map((a) => [a.id, a])));
}

/** The text after ` * <tag>: ` on a line of the file's first doc comment, or undefined. */
function headerTagOf(source: string, tag: string): string | undefined {
  const header = /^\s*\/\*[\s\S]*?\*\//.exec(source)?.[0] ?? '';
  return new RegExp(`^\\s*\\*\\s*${tag}:\\s*(.+)$`, 'm').exec(header)?.[1]?.trim() || undefined;
}

/** The reason in a ` * known miss: …` line of the file's first doc comment, or undefined. */
export function knownMissOf(source: string): string | undefined {
  return headerTagOf(source, 'known miss');
}

/** The reason in a ` * space-heavy: …` line of the file's first doc comment, or undefined. */
export function spaceHeavyOf(source: string): string | undefined {
  return headerTagOf(source, 'space-heavy');
}
