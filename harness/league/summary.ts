/** A Markdown summary of one results file, fit for $GITHUB_STEP_SUMMARY. */
import type { BaselineRegression } from './run-ci.ts';
import { complexityMark, countOutcomes } from '../outcome/outcome.ts';
import type { Results } from './results.ts';

/** Markdown-table-safe text: no pipes, no HTML, one line. */
export function mdText(text: string): string {
  return text.replace(/[\\|`*_[\]<>]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
}

export function toMarkdownSummary(results: Results, regressions: readonly BaselineRegression[] = []): string {
  const lines = [`## kata results: ${mdText(results.player)}`, ''];
  const { solved, met, total } = countOutcomes(results.katas);
  lines.push(`${solved}/${total} katas solved, ${met} meet their target complexity${results.shard ? ` (shard ${results.shard.index}/${results.shard.count})` : ''}.`, '');
  if (regressions.length) {
    lines.push('### Regressions against the baseline', '');
    for (const r of regressions) lines.push(`- **${mdText(r.id)}**: was ${mdText(r.was)}, now ${mdText(r.now)}`);
    lines.push('');
  }
  lines.push('| kata | tests | complexity |', '|---|---|---|');
  for (const k of results.katas) {
    const tests = k.status === 'passing' ? `✅ ${k.passed} passed` : k.status === 'failing' ? `❌ ${k.failed} failed` : '· not started';
    const complexity = k.complexity ? `${{ pass: '✅', neutral: '❔', fail: '❌' }[complexityMark(k.complexity)]} ${mdText(k.complexity.text)}` : '';
    lines.push(`| ${mdText(k.id)} | ${tests} | ${complexity} |`);
  }
  return `${lines.join('\n')}\n`;
}
