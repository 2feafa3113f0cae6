/**
 * One state, five views: the watch header, `kata list`, the report, `kata ci`'s summary and the
 * leaderboard must agree on how many katas are solved and how many meet their target.
 */
import { describe, expect, it } from 'vitest';
import { listKatas } from '../catalogue/katas.ts';
import { listProgress } from '../learner/progress.ts';
import { buildReport } from '../learner/report/report.ts';
import { initialState } from '../learner/watch/machine.ts';
import { buildLeaderboard } from '../league/leaderboard.ts';
import { leaderboardMarkdown } from '../league/leaderboard-render.ts';
import { RESULTS_VERSION, type Results } from '../league/results.ts';
import { toMarkdownSummary } from '../league/summary.ts';
import { currentRecord, type CheckRecord, type ComplexityRecord } from '../outcome/outcome.ts';
import { emptyState, type State } from '../state/store.ts';
import { renderProgress } from './render.ts';
import { watchHeader } from './watch-view.ts';

const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
const time = (verdict: ComplexityRecord['verdict']): ComplexityRecord => ({ verdict, grows: 'O(n)', target: 'O(n)', ratio: 1.5, maxN: 4096, text: verdict });
const check = (at: string, status: CheckRecord['status'], verdict?: ComplexityRecord['verdict']): CheckRecord => ({
  at, status, passed: status === 'passing' ? 9 : 3, failed: status === 'passing' ? 0 : 2, ...(verdict ? { complexity: time(verdict) } : {}),
});

/** Hand-worked: 5 solved (the tests pass now), 2 of them meet their target (their latest time verdict is ok). */
function buildState(ids: string[]): State {
  const state = emptyState();
  const put = (id: string, history: CheckRecord[]) => { state.katas[id] = { status: history.at(-1)!.status, hintsShown: 0, history }; };
  put(ids[0]!, [check('2026-12-01T00:00:00Z', 'passing', 'ok')]);                                               // solved, met
  put(ids[1]!, [check('2026-12-01T00:00:00Z', 'passing', 'ok'), check('2026-12-02T00:00:00Z', 'passing')]);     // solved, met (time stage skipped last)
  put(ids[2]!, [check('2026-12-01T00:00:00Z', 'passing', 'ok'), check('2026-12-02T00:00:00Z', 'passing', 'regression')]); // solved, not met
  put(ids[3]!, [check('2026-12-01T00:00:00Z', 'passing', 'inconclusive')]);                                     // solved, not met
  put(ids[4]!, [check('2026-12-01T00:00:00Z', 'passing', 'error')]);                                            // solved, not met
  put(ids[5]!, [check('2026-12-01T00:00:00Z', 'passing', 'ok'), check('2026-12-02T00:00:00Z', 'failing')]);     // not solved
  put(ids[6]!, [check('2026-12-01T00:00:00Z', 'not-started')]);                                                 // not solved
  return state;
}

/** The same records as a league results file would carry them. */
function resultsOf(state: State): Results {
  return {
    schema: 'kata-results', version: RESULTS_VERSION, player: 'ann', impl: 'learner', shard: null, seed: 1, createdAt: '2026-12-06T00:00:00Z',
    katas: listKatas().map((k) => {
      const kata = state.katas[k.id];
      const last = kata?.history.at(-1);
      return { id: k.id, pattern: k.pattern, status: currentRecord(kata).status, passed: last?.passed ?? 0, failed: last?.failed ?? 0, failures: [], complexity: currentRecord(kata).complexity };
    }),
  };
}

describe('solved and target-met counts', () => {
  it('are the same in all five views of one state', async () => {
    const katas = listKatas();
    const state = buildState(katas.slice(0, 7).map((k) => k.id));
    const total = katas.length;
    const rows = await listProgress(undefined, state);

    const header = plain(watchHeader(initialState(rows, rows[0]!, false)));
    expect(header).toContain(`5/${total} solved, 2/${total} meet their target`);

    expect(plain(renderProgress(rows))).toContain(`5/${total} katas solved, 2/${total} meet their target complexity.`);

    const report = buildReport(rows, state);
    expect(report.patterns.reduce((sum, p) => sum + p.solved, 0)).toBe(5);
    expect(report.patterns.reduce((sum, p) => sum + p.met, 0)).toBe(2);

    const results = resultsOf(state);
    expect(toMarkdownSummary(results)).toContain(`5/${total} katas solved, 2 meet their target complexity`);

    const board = buildLeaderboard([results]);
    expect(board.standings[0]!.overall).toMatchObject({ solved: 5, met: 2, total });
    expect(leaderboardMarkdown(board)).toContain(`| 1 | ann | 5/${total} | 2/${total} |`);
  });
});
