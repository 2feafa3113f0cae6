/**
 * The space measurement as terminal text: `kata bench --space`, and the misjudged space entries of
 * `kata dev selfcheck` and `kata dev space-check`. Beside render.ts (which has the one-line
 * `renderSpaceLine` of `kata check`).
 */
import pc from 'picocolors';
import { formatBytes, isSpaceFailure, SPACE_RULE, type SpaceResult } from '../engine/index.ts';

/** The sizes, both sides' extra memory, and the verdict sentence. */
export function renderSpace(result: SpaceResult): string {
  if (isSpaceFailure(result)) return `${pc.red('✗')} space not measured (${result.side}): ${result.error}`;
  const m = result.measurements.at(-1)!;
  const lines = [`${result.id}: extra memory per call (peak live heap and array buffers above the baseline, the result not counted), on ${m.family}; n = ${result.n}`];
  lines.push(`  ${'n'.padStart(9)} ${'yours'.padStart(11)} ${'reference'.padStart(11)}`);
  for (const p of m.points) lines.push(`  ${String(p.n).padStart(9)} ${(p.learner === null ? '–' : formatBytes(p.learner)).padStart(11)} ${(p.reference === null ? '–' : formatBytes(p.reference)).padStart(11)}`);
  const v = result.verdict;
  const colour = v.kind === 'regression' ? pc.red : v.kind === 'ok' ? pc.green : pc.yellow;
  lines.push('', colour(v.text));
  if (v.kind !== 'ok') lines.push(pc.dim(`  ${v.reasons.join('; ')}`));
  if (v.referenceMeetsTarget === false) lines.push(pc.yellow(`  note: the reference itself reads ${v.reference.label}, above the space target (a content problem, not yours)`));
  lines.push(pc.dim(`  Below ${formatBytes(SPACE_RULE.floorBytes)} extra nothing counts as growth; the call stack (recursion depth) is not measured. Space is advice: it never fails a check.`));
  return lines.join('\n');
}
