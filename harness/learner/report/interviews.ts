/**
 * `kata interview`'s rounds in `kata report`: per pattern, how many rounds, how many passed, how
 * many claims held; and each round, newest first. Read from the state's `interviews` (state/interview.ts).
 */
import { labelOfClass } from '../../engine/index.ts';
import type { InterviewRound, RoundOutcome } from '../../state/interview.ts';
import type { State } from '../../state/store.ts';

export interface RoundRow {
  round: number;
  id: string;
  startedAt: string;
  minutes: number;
  hints: number;
  outcome: RoundOutcome;
  claim: string | null;
  /** The claim against the measurement: held, missed, or not told (null). */
  claimMatches: boolean | null;
  measured: string | null;
  /** From the round's start to its end. */
  seconds: number;
}

export interface PatternRounds {
  pattern: string;
  rounds: number;
  passed: number;
  claimsHeld: number;
  claimsMissed: number;
  /** Finished rounds of the pattern, newest first. */
  history: RoundRow[];
}

function rowOf(r: InterviewRound): RoundRow {
  const end = r.end!;
  return {
    round: r.round,
    id: r.id,
    startedAt: r.startedAt,
    minutes: r.minutes,
    hints: r.hints,
    outcome: end.outcome,
    claim: r.claim === null ? null : labelOfClass(r.claim),
    claimMatches: end.claim.matches,
    measured: end.claim.measured,
    seconds: Math.max(0, Math.round((Date.parse(end.at) - Date.parse(r.startedAt)) / 1000)),
  };
}

/** Finished rounds per pattern, in the order of `patterns` (the curriculum's), then any other; patterns without a round left out. */
export function roundsByPattern(state: Pick<State, 'interviews'>, patterns: readonly string[]): PatternRounds[] {
  const finished = (state.interviews ?? []).filter((r) => r.end);
  const order = [...new Set([...patterns, ...finished.map((r) => r.pattern)])];
  return order.flatMap((pattern) => {
    const rounds = finished.filter((r) => r.pattern === pattern);
    if (rounds.length === 0) return [];
    return [{
      pattern,
      rounds: rounds.length,
      passed: rounds.filter((r) => r.end!.outcome === 'passed').length,
      claimsHeld: rounds.filter((r) => r.end!.claim.matches === true).length,
      claimsMissed: rounds.filter((r) => r.end!.claim.matches === false).length,
      history: [...rounds].reverse().map(rowOf),
    }];
  });
}

const OUTCOME_TEXT: Readonly<Record<RoundOutcome, string>> = { passed: 'passed', 'too-slow': 'correct, too slow', 'time-up': 'time up', 'gave-up': 'given up' };

function minutes(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** The report's "Interview rounds" section; `e` escapes HTML. */
export function renderInterviews(patterns: readonly PatternRounds[], e: (text: string | number) => string): string {
  if (patterns.length === 0) return '<p class="muted">None yet: <code>npx kata interview</code> draws a kata you have not solved and times you on it.</p>';
  const summary = patterns.map((p) => `<tr><td>${e(p.pattern)}</td><td>${e(p.rounds)}</td><td>${e(p.passed)}</td><td>${e(`${p.claimsHeld} held, ${p.claimsMissed} missed`)}</td></tr>`).join('');
  const claim = (r: RoundRow) => (r.claim === null ? '-' : `${r.claim} ${r.claimMatches === true ? '✓' : r.claimMatches === false ? '✗' : '?'}`);
  const rounds = patterns.map((p) => `<h3>${e(p.pattern)}</h3>
<table class="interviews"><thead><tr><th>round</th><th>when</th><th>kata</th><th>result</th><th>time</th><th>claim</th><th>measured</th><th>hints</th></tr></thead><tbody>${p.history.map((r) =>
    `<tr><td>${e(r.round)}</td><td>${e(r.startedAt.replace('T', ' ').slice(0, 16))}</td><td>${e(r.id)}</td><td${r.outcome === 'passed' ? '' : ' class="bad"'}>${e(OUTCOME_TEXT[r.outcome])}</td><td>${e(`${minutes(r.seconds)} of ${r.minutes} min`)}</td><td>${e(claim(r))}</td><td>${e(r.measured ?? '-')}</td><td>${e(r.hints)}</td></tr>`).join('')}</tbody></table>`).join('\n');
  return `<table class="interview-summary"><thead><tr><th>pattern</th><th>rounds</th><th>passed</th><th title="your claimed complexity against the measured verdict">claims</th></tr></thead><tbody>${summary}</tbody></table>
${rounds}`;
}
