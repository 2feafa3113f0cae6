/**
 * `kata interview`'s rules without a terminal or a check: the draw, the task text a round shows,
 * the claim list and how a claim is held against a time verdict, and the rounds in the state file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kataFiles } from '../base/paths.ts';
import { listKatas, loadAllMeta } from '../catalogue/katas.ts';
import type { ComplexityResult } from '../engine/index.ts';
import { labelOfClass } from '../engine/index.ts';
import { COMPLEXITY_CLASSES, type ComplexityClass, type KataMeta } from '../kit/index.ts';
import type { InterviewRound, RoundOutcome } from '../state/interview.ts';
import { emptyState, loadState } from '../state/store.ts';
import { CLAIMS, checkClaim, drawKata, interviewStub, parseClaim, patternWeakness, taskText } from './interview.ts';
import { roundsByPattern } from './report/interviews.ts';
import type { ProgressRow } from './progress.ts';

const row = (id: string, status: ProgressRow['status'] = 'not-started', verdict?: 'ok' | 'regression'): ProgressRow => ({
  id, pattern: id.split('/')[0]!, slug: id.split('/')[1]!, order: 0, title: id, difficulty: 'easy', target: 'O(n)', status, hintsShown: 0,
  complexity: verdict ? { verdict, grows: 'O(n)', target: 'O(n)', ratio: 1, maxN: 1024, text: verdict } : null,
});

let roundNumber = 0;
const round = (id: string, outcome: RoundOutcome | null): InterviewRound => ({
  round: ++roundNumber, id, pattern: id.split('/')[0]!, seed: 1, file: `/ws/work/.interview/round-${roundNumber}/solution.ts`,
  startedAt: '2026-12-07T10:00:00.000Z', minutes: 45, approach: 'a map', claim: 'n', failedChecks: 0, hints: 0,
  ...(outcome ? { end: { at: '2026-12-07T10:10:00.000Z', outcome, tests: null, complexity: null, claim: { matches: null, measured: null, why: '' } } } : {}),
});

// strong: 3 of 4 meet their target (weakness 0.25); weak: none of 4 (weakness 1).
const rows = [
  row('strong/a', 'passing', 'ok'), row('strong/b', 'passing', 'ok'), row('strong/c', 'passing', 'ok'), row('strong/d'),
  row('weak/a'), row('weak/b', 'failing'), row('weak/c', 'passing', 'regression'), row('weak/d'),
];
const seeds = Array.from({ length: 2000 }, (_, i) => i);

describe('the draw', () => {
  it('never draws a solved kata, nor one an interview round passed', () => {
    const rounds = [round('weak/a', 'passed'), round('weak/b', 'time-up')];
    const drawn = new Set(seeds.map((s) => drawKata(rows, rounds, s)));
    expect([...drawn].sort()).toEqual(['strong/d', 'weak/b', 'weak/d']);
  });
  it('is weighted by weakness: the share of katas not meeting their target plus the share of rounds gone wrong', () => {
    const weakness = patternWeakness(rows, [round('strong/d', 'gave-up'), round('strong/d', 'passed')]);
    expect(weakness.map((p) => [p.pattern, p.weakness])).toEqual([['strong', 0.25 + 0.5], ['weak', 1]]);
    const missedClaim = round('weak/a', 'passed');
    missedClaim.end!.claim.matches = false;
    expect(patternWeakness(rows, [missedClaim, round('weak/b', 'passed')]).map((p) => p.weakness)).toEqual([0.25, 1 + 0.5]);
    const count = (rounds: InterviewRound[]) => seeds.filter((s) => drawKata(rows, rounds, s)?.startsWith('weak/')).length / seeds.length;
    // Without rounds: weak has weight 1 against 0.25, so about 80 % of draws.
    expect(count([])).toBeGreaterThan(0.75);
    expect(count([])).toBeLessThan(0.85);
    // Failed rounds of the strong pattern draw toward it: 1 against 1.25, about 44 %.
    expect(count([round('strong/a', 'time-up')])).toBeLessThan(0.5);
  });
  it('draws from one pattern with --pattern, and from none when it has nothing left', () => {
    expect(new Set(seeds.slice(0, 200).map((s) => drawKata(rows, [], s, 'strong')))).toEqual(new Set(['strong/d']));
    const solved = rows.map((r) => (r.pattern === 'strong' ? { ...r, status: 'passing' as const } : r));
    expect(drawKata(solved, [], 1, 'strong')).toBeNull();
    expect(drawKata(rows.map((r) => ({ ...r, status: 'passing' as const })), [], 1)).toBeNull();
  });
  it('is the same for the same seed, and varies with it', () => {
    for (const s of seeds.slice(0, 50)) expect(drawKata(rows, [], s)).toBe(drawKata(rows, [], s));
    expect(new Set(seeds.slice(0, 50).map((s) => drawKata(rows, [], s))).size).toBeGreaterThan(2);
  });
});

describe('what a round shows of the kata', () => {
  const katas = listKatas();
  it('the task keeps the statement, examples and constraints, and hides the target, hints, notes, pattern and difficulty', async () => {
    const metas = await loadAllMeta(katas);
    for (const k of katas) {
      const meta = metas.get(k.id) as KataMeta;
      const readme = readFileSync(kataFiles(k.id).readme, 'utf8');
      const task = taskText(readme);
      expect(task.startsWith(`# ${meta.title}\n`), k.id).toBe(true);
      expect(task, k.id).toContain('## Examples');
      expect(task, k.id).toContain('## Constraints');
      expect(task, k.id).not.toMatch(/## Target complexity|## In production|npx kata|[Dd]ifficulty/);
      expect(task, k.id).not.toContain(k.id);
      expect(task, k.id).not.toContain(`katas/${k.pattern}`);
      if (meta.target.text) expect(task, k.id).not.toContain(meta.target.text);
      for (const text of [...meta.hints, ...meta.notes.asked, ...meta.notes.traps, ...meta.notes.production]) expect(task, k.id).not.toContain(text);
      const stub = interviewStub(readFileSync(kataFiles(k.id).stub, 'utf8'));
      expect(stub, k.id).not.toMatch(/npx kata check|README\.md|Target: O\(/);
      expect(stub, k.id).toContain('TASK.md');
      expect(stub, k.id).toContain('throw new NotImplemented(');
    }
  }, 60_000);
  it('leaves out a command line wherever it stands', () => {
    expect(taskText('# T\n\nDo it.\n\n## Constraints\n- small\n\nRun `npx kata check t` to test.\n')).toBe('# T\n\nDo it.\n\n## Constraints\n- small\n');
  });
});

const report = (target: ComplexityClass, kind: 'ok' | 'regression' | 'inconclusive', learner: { bucket: 'sublinear' | 'linear' | 'quadratic' | 'gap'; label: string }): ComplexityResult => ({
  id: 'k/k', target, measurements: [], confirmed: kind === 'regression', n: 'n', elapsedMs: 1,
  verdict: {
    kind, text: `${kind} text`, reasons: [], target, referenceMeetsTarget: true,
    reference: { slope: null, bucket: 'linear', label: 'O(n)' },
    learner: { slope: null, ...learner },
    ratio: { slope: null, fold: null, atMaxN: 1, maxN: 1024 },
  },
});

describe('the claim', () => {
  it('is chosen from the engine’s labels of the complexity classes, by label, class or number', () => {
    expect(CLAIMS.map((c) => c.label)).toEqual(COMPLEXITY_CLASSES.map(labelOfClass));
    expect(CLAIMS.map((c) => c.label)).toEqual(['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n²)', 'O(n² log n)', 'O(n³)', 'exponential']);
    for (const [typed, claim] of [['O(n)', 'n'], ['o(N)', 'n'], ['3', 'n'], ['O(n log n)', 'n log n'], ['nlogn', 'n log n'], ['O(n^2)', 'n^2'], ['O(n²)', 'n^2'], ['n2', 'n^2'], ['O(1)', '1'], ['1', '1'], ['8', 'exponential'], ['O(2^n)', 'exponential']] as const) {
      expect(parseClaim(typed), typed).toBe(claim);
    }
    for (const typed of ['', '0', '9', 'fast', 'O(n!)x', 'O(m)']) expect(parseClaim(typed), typed).toBeNull();
  });
  it('matches an ok verdict when it is in the target’s bucket, and says that n and n log n are one bucket', () => {
    const ok = report('n', 'ok', { bucket: 'linear', label: 'O(n)' });
    expect(checkClaim('n', ok)).toMatchObject({ matches: true, measured: 'like the reference, O(n)' });
    const near = checkClaim('n log n', ok);
    expect(near.matches).toBe(true);
    expect(near.why).toContain('one bucket');
    expect(checkClaim('1', ok)).toMatchObject({ matches: false });
    expect(checkClaim('1', ok).why).toBe('your claim O(1) does not match the measurement: it grows like the reference, O(n)');
    expect(checkClaim('n^2', ok).matches).toBe(false);
  });
  it('holds a regression to the bucket the solution’s own slope reads', () => {
    const quadratic = report('n', 'regression', { bucket: 'quadratic', label: 'O(n²)' });
    expect(checkClaim('n', quadratic)).toMatchObject({ matches: false, measured: 'O(n²)' });
    expect(checkClaim('n', quadratic).why).toBe("your claim O(n) does not match the measurement: it grows like O(n²), not like the reference's O(n)");
    expect(checkClaim('n^2', quadratic)).toMatchObject({ matches: true });
    const between = report('n', 'regression', { bucket: 'gap', label: 'about O(n^1.6)' });
    expect(checkClaim('n', between).matches).toBe(false);
    expect(checkClaim('1', between).matches).toBe(false);
    expect(checkClaim('n^2', between).matches).toBeNull();
  });
  it('stays open when nothing conclusive was measured', () => {
    expect(checkClaim('n', report('n', 'inconclusive', { bucket: 'linear', label: 'O(n)' })).matches).toBeNull();
    expect(checkClaim('n', undefined, 'the tests do not pass')).toMatchObject({ matches: null, why: 'not measured (the tests do not pass), so your claim O(n) could not be checked' });
    expect(checkClaim('n', { id: 'k/k', side: 'learner', error: 'threw RangeError' }).matches).toBeNull();
    expect(checkClaim(null, undefined).matches).toBeNull();
  });
});

describe('rounds in the state file', () => {
  const file = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-interview-')), 'state.json');
  it('loads them, leaving out an unreadable round with a warning and keeping the rest', () => {
    const state = { ...emptyState(), interviews: [round('weak/a', 'passed'), { round: 99, id: 'weak/b' }, round('weak/b', null)] };
    const where = file();
    writeFileSync(where, JSON.stringify(state));
    const loaded = loadState(where, {});
    expect(loaded.state.interviews?.map((r) => r.id)).toEqual(['weak/a', 'weak/b']);
    expect(loaded.warning).toContain('interviews: 1 round left out (interviews[1].pattern');
  });
  it('a file without them loads as before, and renamed katas carry their rounds along', () => {
    const where = file();
    writeFileSync(where, JSON.stringify(emptyState()));
    expect(loadState(where, {})).toEqual({ state: emptyState() });
    writeFileSync(where, JSON.stringify({ ...emptyState(), interviews: [round('old/name', 'passed')] }));
    const moved = loadState(where, { 'old/name': 'new/name' }).state.interviews![0]!;
    expect([moved.id, moved.pattern]).toEqual(['new/name', 'new']);
  });
  it('groups finished rounds per pattern, newest first, in curriculum order', () => {
    const rounds = [round('weak/a', 'passed'), round('strong/d', 'time-up'), round('weak/b', 'too-slow'), round('weak/d', null)];
    rounds[0]!.end!.claim.matches = true;
    rounds[2]!.end!.claim.matches = false;
    const grouped = roundsByPattern({ ...emptyState(), interviews: rounds }, ['strong', 'weak']);
    expect(grouped.map((p) => [p.pattern, p.rounds, p.passed, p.claimsHeld, p.claimsMissed])).toEqual([['strong', 1, 0, 0, 0], ['weak', 2, 1, 1, 1]]);
    expect(grouped[1]!.history.map((h) => [h.id, h.outcome, h.seconds])).toEqual([['weak/b', 'too-slow', 600], ['weak/a', 'passed', 600]]);
  });
});
