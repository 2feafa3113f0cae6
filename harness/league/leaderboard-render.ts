/** The leaderboard as Markdown and as one static HTML page. Every string from a results file is escaped. */
import escapeHtml from 'escape-html';
import type { Leaderboard, Score } from './leaderboard.ts';
import { mdText } from './summary.ts';
import { htmlPage } from '../base/html.ts';

function speed(s: Score): string {
  return s.speed === null ? '–' : `${s.speed.toFixed(2)}×`;
}

export function leaderboardMarkdown(board: Leaderboard, rejected: readonly string[] = []): string {
  const lines = ['# kata leaderboard', '', 'Ranked by katas solved, then katas meeting their target complexity, then time relative to the reference (geometric mean; lower is faster).', ''];
  lines.push('| rank | player | solved | target met | speed vs reference |', '|---|---|---|---|---|');
  for (const s of board.standings) lines.push(`| ${s.rank} | ${mdText(s.player)} | ${s.overall.solved}/${s.overall.total} | ${s.overall.met} | ${speed(s.overall)} |`);
  for (const pattern of board.patterns) {
    lines.push('', `## ${mdText(pattern)}`, '', '| rank | player | solved | target met | speed |', '|---|---|---|---|---|');
    const rows = [...board.standings].sort((a, b) => a.patterns[pattern]!.rank - b.patterns[pattern]!.rank);
    for (const s of rows) {
      const p = s.patterns[pattern]!;
      lines.push(`| ${p.rank} | ${mdText(s.player)} | ${p.solved}/${p.total} | ${p.met} | ${speed(p)} |`);
    }
  }
  if (board.notes.length || rejected.length) {
    lines.push('', '## Notes', '');
    for (const note of [...board.notes, ...rejected.map((r) => `left out: ${r}`)]) lines.push(`- ${mdText(note)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function leaderboardHtml(board: Leaderboard, rejected: readonly string[] = [], generatedAt = new Date().toISOString()): string {
  const e = (text: string | number) => escapeHtml(String(text));
  const table = (rows: string[], caption: string) =>
    `<table><caption>${e(caption)}</caption><thead><tr><th>rank</th><th>player</th><th>solved</th><th>target met</th><th>speed vs reference</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  const row = (rank: number, player: string, s: Score) =>
    `<tr><td class="rank">${e(rank)}</td><td class="player">${e(player)}</td><td>${e(`${s.solved}/${s.total}`)}</td><td>${e(s.met)}</td><td>${e(speed(s))}</td></tr>`;
  const overall = table(board.standings.map((s) => row(s.rank, s.player, s.overall)), 'Overall');
  const patterns = board.patterns.map((pattern) => {
    const rows = [...board.standings].sort((a, b) => a.patterns[pattern]!.rank - b.patterns[pattern]!.rank).map((s) => row(s.patterns[pattern]!.rank, s.player, s.patterns[pattern]!));
    return `<section><h2>${e(pattern)}</h2>${table(rows, pattern)}</section>`;
  });
  const notes = [...board.notes, ...rejected.map((r) => `left out: ${r}`)];
  return htmlPage({
    title: 'kata leaderboard',
    csp: "default-src 'none'; style-src 'unsafe-inline'",
    style: `body { line-height: 1.4; max-width: 60rem; }
table { width: 100%; margin: 0.5rem 0 1.5rem; }
caption { padding: 0.25rem 0; }
th, td { padding: 0.3rem 0.6rem; }
td.rank { font-weight: 700; width: 3rem; }
.notes { color: #5a6570; font-size: 0.9rem; }`,
    body: `<h1>kata leaderboard</h1>
<p>Ranked by katas solved, then katas meeting their target complexity, then time relative to the reference (geometric mean; lower is faster). Generated ${e(generatedAt)}.</p>
${overall}
${patterns.join('\n')}
${notes.length ? `<section class="notes"><h2>Notes</h2><ul>${notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul></section>` : ''}`,
  });
}
