/**
 * The leaderboard as Markdown and as one static HTML page: the overall ranking first (rank, player,
 * solved n/total, target met n/total, speed with the count of katas behind it), then one players ×
 * patterns matrix, then each player's drill-down by pattern. Every string from a results file is escaped.
 */
import escapeHtml from 'escape-html';
import { MIN_SPEED_KATAS, type Leaderboard, type Score, type Standing } from './leaderboard.ts';
import { mdText } from './summary.ts';
import { htmlPage } from '../base/html.ts';

const INTRO = `Ranked by katas solved, then katas meeting their target complexity, then speed: the geometric mean of the player's time over the reference's on the solved katas measured (lower is faster), shown and ranked only when at least ${MIN_SPEED_KATAS} katas back it.`;

const katas = (n: number) => `${n} ${n === 1 ? 'kata' : 'katas'}`;

/** "1.12× over 58 katas", or why there is none. */
export function speedText(s: Score): string {
  if (s.speed !== null) return `${s.speed.toFixed(2)}× over ${katas(s.measured)}`;
  return s.measured === 0 ? '–' : `– (${katas(s.measured)} measured, too few)`;
}

const solvedText = (s: Score) => `${s.solved}/${s.total}`;
const metText = (s: Score) => `${s.met}/${s.metTotal}`;
/** A matrix cell: solved/total · met/total. */
const cellText = (s: Score) => `${solvedText(s)} · ${metText(s)}`;

function notesOf(board: Leaderboard, rejected: readonly string[]): string[] {
  return [...board.notes, ...rejected.map((r) => `left out: ${r}`)];
}

function patternRows(board: Leaderboard, s: Standing) {
  return board.patterns.map((pattern) => ({ pattern, score: s.patterns[pattern]! }));
}

export function leaderboardMarkdown(board: Leaderboard, rejected: readonly string[] = []): string {
  const lines = ['# kata leaderboard', '', INTRO, ''];
  lines.push('| rank | player | solved | target met | speed vs reference |', '|---|---|---|---|---|');
  for (const s of board.standings) lines.push(`| ${s.rank} | ${mdText(s.player)} | ${solvedText(s.overall)} | ${metText(s.overall)} | ${speedText(s.overall)} |`);
  if (board.patterns.length > 0) {
    lines.push('', '## By pattern', '', 'Each cell: katas solved/total · target met/total.', '');
    lines.push(`| player | ${board.patterns.map(mdText).join(' | ')} |`, `|---|${board.patterns.map(() => '---').join('|')}|`);
    for (const s of board.standings) lines.push(`| ${mdText(s.player)} | ${patternRows(board, s).map((r) => cellText(r.score)).join(' | ')} |`);
    lines.push('', '## Players');
    for (const s of board.standings) {
      lines.push('', `### ${s.rank}. ${mdText(s.player)}`, '', '| pattern | rank in pattern | solved | target met | speed |', '|---|---|---|---|---|');
      for (const { pattern, score } of patternRows(board, s)) lines.push(`| ${mdText(pattern)} | ${score.rank} | ${solvedText(score)} | ${metText(score)} | ${speedText(score)} |`);
    }
  }
  const notes = notesOf(board, rejected);
  if (notes.length) {
    lines.push('', '## Notes', '');
    for (const note of notes) lines.push(`- ${mdText(note)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function leaderboardHtml(board: Leaderboard, rejected: readonly string[] = [], generatedAt = new Date().toISOString()): string {
  const e = (text: string | number) => escapeHtml(String(text));
  const td = (text: string | number, cls = '') => `<td${cls ? ` class="${cls}"` : ''}>${e(text)}</td>`;
  const overall = `<div class="scroll"><table class="overall"><caption>Overall</caption><thead><tr><th>rank</th><th>player</th><th>solved</th><th>target met</th><th>speed vs reference</th></tr></thead><tbody>${
    board.standings.map((s) => `<tr>${td(s.rank, 'rank')}${td(s.player, 'player')}${td(solvedText(s.overall), 'num')}${td(metText(s.overall), 'num')}${td(speedText(s.overall))}</tr>`).join('')
  }</tbody></table></div>`;
  const matrix = board.patterns.length === 0 ? '' : `<section><h2>By pattern</h2><p class="hint">Each cell: katas solved/total · target met/total.</p><div class="scroll"><table class="matrix"><thead><tr><th>player</th>${
    board.patterns.map((p) => `<th>${e(p)}</th>`).join('')
  }</tr></thead><tbody>${
    board.standings.map((s) => `<tr>${td(s.player, 'player')}${patternRows(board, s).map((r) => td(cellText(r.score), r.score.total > 0 && r.score.solved === r.score.total ? 'num all' : 'num')).join('')}</tr>`).join('')
  }</tbody></table></div></section>`;
  const players = board.patterns.length === 0 ? '' : `<section><h2>Players</h2>${board.standings.map((s) => `<details class="player"><summary>${e(`${s.rank}. `)}<span class="player">${e(s.player)}</span>${e(` · ${solvedText(s.overall)} solved · ${metText(s.overall)} target met · ${speedText(s.overall)}`)}</summary><div class="scroll"><table><thead><tr><th>pattern</th><th>rank in pattern</th><th>solved</th><th>target met</th><th>speed</th></tr></thead><tbody>${
    patternRows(board, s).map(({ pattern, score }) => `<tr>${td(pattern)}${td(score.rank, 'rank')}${td(solvedText(score), 'num')}${td(metText(score), 'num')}${td(speedText(score))}</tr>`).join('')
  }</tbody></table></div></details>`).join('\n')}</section>`;
  const notes = notesOf(board, rejected);
  return htmlPage({
    title: 'kata leaderboard',
    csp: "default-src 'none'; style-src 'unsafe-inline'",
    style: `body { max-width: 64rem; }
.scroll { overflow-x: auto; margin: 0.5rem 0 1.5rem; }
table { min-width: 100%; }
caption { padding: 0.25rem 0; }
th, td { padding: 0.3rem 0.6rem; white-space: nowrap; }
td.rank { font-weight: 700; width: 3rem; }
td.player, span.player { overflow-wrap: anywhere; white-space: normal; }
td.num { font-variant-numeric: tabular-nums; }
td.all { font-weight: 600; }
details.player { margin: 0.4rem 0; }
details.player summary { cursor: pointer; }
.hint, .notes { color: #5a6570; font-size: 0.9rem; }
@media (max-width: 40rem) { body { margin: 1rem auto; font-size: 14px; } th, td { padding: 0.25rem 0.4rem; } }`,
    body: `<h1>kata leaderboard</h1>
<p>${e(INTRO)} Generated ${e(generatedAt)}.</p>
${overall}
${matrix}
${players}
${notes.length ? `<section class="notes"><h2>Notes</h2><ul>${notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul></section>` : ''}`,
  });
}
