/**
 * `kata review` end to end, through the CLI in a copy of the workspace: two katas solved, one of
 * them with a hint, are scheduled with the hinted one due first; a review round of each (a fresh
 * stub in a scratch file, re-solved, checked) advances the schedule, the one re-solved without a
 * hint due later than the one with; the learner's own files stay byte for byte as they were.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kataFiles, solutionFiles } from '../base/paths.ts';
import { copyWorkspace } from '../author/workspace-copy.ts';
import { jsonOf, runKata, type KataRun as Run } from '../testing/kata-cli.ts';

const kata = (workspace: string, ...args: string[]): Promise<Run> => runKata(workspace, args);
const json = jsonOf;

interface PlanJson { katas: { id: string; due: string; isDue: boolean; lastRating: string; attempt: { file: string } | null }[]; patterns: { pattern: string; scheduled: number }[] }
interface GradedJson { action: string; kind: string; entry: { rating: string; why: string; due: string }; previousDue: string | null }

const TWO_SUM = 'hashmap/two-sum';
const PAIR_SUMS = 'hashmap/pair-sums';
const reference = (id: string) => readFileSync(solutionFiles(id).reference, 'utf8');

describe('kata review', () => {
  let ws: string;
  beforeAll(() => { ws = copyWorkspace(); });
  afterAll(() => rmSync(ws, { recursive: true, force: true }), 60_000);

  it('schedules a pass without hints later than one with, re-solves both in scratch files, and never touches the learner’s files', async () => {
    // Solve two katas; pair-sums after a hint.
    const mine: Record<string, string> = {};
    for (const id of [TWO_SUM, PAIR_SUMS]) {
      mine[id] = (await kata(ws, 'path', id)).stdout.trim();
      writeFileSync(mine[id]!, reference(id));
    }
    expect((await kata(ws, 'hint', 'pair-sums')).code).toBe(0);
    for (const id of [TWO_SUM, PAIR_SUMS]) {
      const run = await kata(ws, 'check', id, '--no-complexity', '--seed', '1');
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain(`First pass, now scheduled for review: graded ${id === TWO_SUM ? 'good: first try, no hints' : 'hard: passed with 1 hint'}`);
    }
    const mineBefore = Object.fromEntries(Object.entries(mine).map(([id, file]) => [id, readFileSync(file)]));

    const plan = json<PlanJson>(await kata(ws, 'review', '--list', '--json'));
    expect(plan.katas.map((k) => [k.id, k.lastRating, k.isDue])).toEqual([[PAIR_SUMS, 'hard', false], [TWO_SUM, 'good', false]]);
    const due = Object.fromEntries(plan.katas.map((k) => [k.id, Date.parse(k.due)]));
    expect(due[TWO_SUM], 'the first pass without a hint is due later').toBeGreaterThan(due[PAIR_SUMS]!);
    expect(plan.patterns).toEqual([expect.objectContaining({ pattern: 'hashmap', scheduled: 2 })]);
    const none = json<{ action: string; next: { id: string } }>(await kata(ws, 'review', '--json'));
    expect(none).toMatchObject({ action: 'none', next: { id: PAIR_SUMS } });

    // A review round of each: a fresh stub in a scratch file; pair-sums takes a hint during its review.
    const scratch: Record<string, string> = {};
    for (const id of [TWO_SUM, PAIR_SUMS]) {
      const started = json<{ action: string; file: string; check: string }>(await kata(ws, 'review', id, '--json'));
      expect(started.action).toBe('started');
      expect(started.file).toBe(path.join(ws, 'work', '.review', ...id.split('/'), `${id.split('/')[1]}.ts`));
      expect(readFileSync(started.file, 'utf8')).toBe(readFileSync(kataFiles(id, path.join(ws, 'katas')).stub, 'utf8'));
      scratch[id] = started.file;
    }
    const notStarted = await kata(ws, 'review', 'two-sum', '--seed', '1');
    expect(notStarted.code).toBe(1);
    expect(notStarted.stdout).toContain('review not started (the scratch file is still the stub)');
    expect((await kata(ws, 'hint', 'pair-sums')).code).toBe(0);
    for (const id of [TWO_SUM, PAIR_SUMS]) writeFileSync(scratch[id]!, reference(id));

    const plain = await kata(ws, 'review', 'two-sum', '--seed', '1', '--json');
    expect(plain.code, plain.stdout + plain.stderr).toBe(0);
    const hinted = await kata(ws, 'review', 'pair-sums', '--seed', '1', '--json');
    expect(hinted.code, hinted.stdout + hinted.stderr).toBe(0);
    const a = json<GradedJson>(plain);
    const b = json<GradedJson>(hinted);
    expect([a.action, a.kind, a.entry.rating]).toEqual(['checked', 'graded', 'easy']);
    expect([b.action, b.kind, b.entry.rating]).toEqual(['checked', 'graded', 'hard']);
    expect(b.entry.why).toBe('passed with 1 hint');
    expect(Date.parse(a.entry.due), 'the review without a hint is due later').toBeGreaterThan(Date.parse(b.entry.due));
    expect(a.previousDue).toBe(new Date(due[TWO_SUM]!).toISOString());

    const after = json<PlanJson>(await kata(ws, 'review', '--list', '--json'));
    expect(after.katas.map((k) => [k.id, k.lastRating, k.due, k.attempt])).toEqual([[PAIR_SUMS, 'hard', b.entry.due, null], [TWO_SUM, 'easy', a.entry.due, null]]);
    for (const [id, bytes] of Object.entries(mineBefore)) expect(readFileSync(mine[id]!).equals(bytes), `${id}: the learner's own file`).toBe(true);

    // kata list shows recall per pattern; its JSON rows carry the schedule.
    const list = await kata(ws, 'list', 'hashmap');
    expect(list.stdout).toMatch(/^hashmap 2\/5 solved, 0\/5 meet their target · recall \d+%$/m);
    const rows = json<{ katas: { id: string; review: { lastRating: string } | null }[] }>(await kata(ws, 'list', '--json')).katas;
    expect(rows.find((r) => r.id === TWO_SUM)?.review?.lastRating).toBe('easy');
    expect(rows.find((r) => r.id === 'hashmap/dedupe')?.review).toBeNull();

    // The next review starts from a fresh stub again; the previous review's file is backed up.
    const next = json<{ action: string; file: string; backup: string }>(await kata(ws, 'review', 'two-sum', '--json'));
    expect(next.action).toBe('started');
    expect(readFileSync(next.backup, 'utf8')).toBe(reference(TWO_SUM));
    expect(readFileSync(next.file, 'utf8')).toBe(readFileSync(kataFiles(TWO_SUM, path.join(ws, 'katas')).stub, 'utf8'));
    expect(readFileSync(mine[TWO_SUM]!).equals(mineBefore[TWO_SUM]!)).toBe(true);
  }, 400_000);
});
